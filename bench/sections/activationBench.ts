import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BenchContext } from '../lib/context';
import { summarize } from '../lib/timing';

const ROOT = path.resolve(__dirname, '../..');
const KB = 1024;

/**
 * Activation and size: `require` of the built desktop bundle and its `activate()`, each in a
 * fresh Node process (a cold start, as in the extension host) with a stand-in `vscode` module;
 * the sizes of both bundles and of the packaged extension.
 */
export function activationBench({ report, scale }: BenchContext): void {
  report.startSection('activation and size');
  const bundle = path.join(ROOT, 'dist/extension.js');
  if (!fs.existsSync(bundle)) {
    report.add('activate()', null, 'ms', { budget: 15, note: 'dist/extension.js missing: run npm run build' });
  } else {
    const runs = Array.from({ length: scale.smallRuns }, () => JSON.parse(execFileSync(process.execPath, [path.join(__dirname, '../activation/activateOnce.cjs')], { encoding: 'utf8' })) as { loadMs: number; activateMs: number });
    report.add('load of dist/extension.js (require)', summarize(runs.map((run) => run.loadMs)).median, 'ms', { note: 'cold, fresh process' });
    report.add('activate()', summarize(runs.map((run) => run.activateMs)).median, 'ms', { budget: 15, note: 'cold, fresh process' });
  }
  for (const [label, file] of [
    ['desktop bundle dist/extension.js', 'dist/extension.js'],
    ['web bundle dist/web/extension.js', 'dist/web/extension.js'],
  ]) {
    const full = path.join(ROOT, file);
    report.add(label, fs.existsSync(full) ? fs.statSync(full).size / KB : null, 'KB', { budget: 500, ...(fs.existsSync(full) ? {} : { note: 'not built' }) });
  }
  const catalog = path.join(ROOT, 'dist/catalog');
  if (fs.existsSync(catalog)) {
    const bytes = fs.readdirSync(catalog).reduce((sum, name) => sum + fs.statSync(path.join(catalog, name)).size, 0);
    report.add('catalog data beside the bundles (dist/catalog)', bytes / KB, 'KB', { note: 'read on first use, not at activation' });
  }
  const vsix = fs.readdirSync(ROOT).filter((name) => name.endsWith('.vsix')).map((name) => path.join(ROOT, name)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  report.add('VSIX', vsix ? fs.statSync(vsix).size / KB : null, 'KB', { budget: 2048, note: vsix ? path.basename(vsix) : 'no .vsix in the repo root: run npm run package first' });
}
