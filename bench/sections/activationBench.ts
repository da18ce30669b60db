import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchContext } from '../lib/context';
import { summarize } from '../lib/timing';

const ROOT = path.resolve(__dirname, '../..');
const KB = 1024;

/**
 * Activation and size: `require` of the built desktop bundle and its `activate()`, each in a
 * fresh Node process (a cold start, as in the extension host) with a stand-in `vscode` module;
 * the sizes of both bundles and of the packaged extension (packaged here, as `npm run package` does).
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
  const vsix = packageVsix();
  report.add('VSIX', 'bytes' in vsix ? vsix.bytes / KB : null, 'KB', { budget: 2048, note: vsix.note });
}

/** The arguments `npm run package` gives vsce (read off its script: one place says how the VSIX is made). */
function vsceArguments(): string[] {
  const script: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.package;
  return script.slice(script.indexOf('vsce ') + 'vsce '.length).trim().split(/\s+/);
}

/** Packages the extension as `npm run package` does (after the bench's build), into a temporary folder. */
function packageVsix(): { bytes: number; note: string } | { note: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-bench-'));
  const out = path.join(folder, 'aws-notes.vsix');
  try {
    const args = vsceArguments();
    execFileSync(path.join(ROOT, 'node_modules/.bin/vsce'), [...args, '--out', out], { cwd: ROOT, stdio: 'pipe' });
    return { bytes: fs.statSync(out).size, note: `vsce ${args.join(' ')}` };
  } catch (error) {
    return { note: `vsce package failed: ${String((error as { stderr?: Buffer }).stderr ?? error).split('\n')[0]}` };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
