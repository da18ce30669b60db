// The Node-host run must leave the screenshots users would look at, and none of them blank: a
// PNG that is missing, unreadable or nearly one colour fails the run.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Screenshot names (test-results/node-host/<name>.png) that the whole suite takes. */
export const REQUIRED_SCREENSHOTS = ['appspec-hover', 'lookup-quickpick', 'quiz-dark', 'walkthrough'];

/** Above this share of pixels in one colour, a screenshot shows nothing. */
const blankShare = 0.97;

/** Problems with the required screenshots in `dir` (empty = all there and not blank), read in `browser`. */
export async function screenshotProblems(browser, dir) {
  const problems = [];
  const page = await browser.newPage();
  try {
    for (const name of REQUIRED_SCREENSHOTS) {
      const file = path.join(dir, `${name}.png`);
      if (!existsSync(file)) {
        problems.push(`${name}.png is missing`);
        continue;
      }
      const dataUrl = `data:image/png;base64,${readFileSync(file).toString('base64')}`;
      const share = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const pixels = new Uint32Array(context.getImageData(0, 0, image.width, image.height).data.buffer);
        const counts = new Map();
        let most = 0;
        for (const pixel of pixels) {
          const count = (counts.get(pixel) ?? 0) + 1;
          counts.set(pixel, count);
          if (count > most) most = count;
        }
        return most / pixels.length;
      }, dataUrl).catch((error) => `unreadable (${error.message})`);
      if (typeof share === 'string') problems.push(`${name}.png is ${share}`);
      else if (share > blankShare) problems.push(`${name}.png is blank (${Math.round(share * 100)} % one colour)`);
    }
  } finally {
    await page.close();
  }
  return problems;
}
