// Renders the extension's icon, media/icon.png (128×128, what the Marketplace and the Extensions
// view show), from media/icon.svg (the monochrome activity-bar icon) on a coloured tile, with
// Debian's chromium through playwright-core. Run it after changing media/icon.svg:
//   node scripts/render-icon.mjs
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { launchChromium } from '../test/workbench/workbenchServer.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZE = 128;
const svg = readFileSync(path.join(root, 'media', 'icon.svg'), 'utf8');

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(`<!DOCTYPE html>
<style>
  html, body { margin: 0; background: transparent; }
  .tile { width: ${SIZE}px; height: ${SIZE}px; border-radius: 24px; display: grid; place-items: center;
          background: linear-gradient(135deg, #232f3e, #3b4f66); color: #ff9900; }
  .tile svg { width: 96px; height: 96px; }
</style>
<div class="tile">${svg}</div>`);
  await page.locator('.tile').screenshot({ path: path.join(root, 'media', 'icon.png'), omitBackground: true });
  console.log('wrote media/icon.png');
} finally {
  await browser.close();
}
