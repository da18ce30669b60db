import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/**
 * The shell's user-visible strings go through `vscode.l10n.t`, and `l10n/bundle.l10n.json` (what
 * translators start from, named by `"l10n"` in package.json) is exported from them by
 * `npm run l10n`. A string added or changed without re-exporting fails here.
 */
const ROOT = path.join(__dirname, '../../..');
const BUNDLE = path.join(ROOT, 'l10n', 'bundle.l10n.json');
const CLI = path.join(ROOT, 'node_modules', '@vscode', 'l10n-dev', 'dist', 'cli.js');

/** The folders whose strings are all localized already (the others are being converted). */
const LOCALIZED_FOLDERS = ['src/vscode/notes', 'src/vscode/notesView', 'src/vscode/catalog', 'src/vscode/webview', 'src/vscode/walkthrough'];

describe('l10n bundle', () => {
  it('package.json points VS Code at l10n/', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { l10n?: string };
    assert.equal(manifest.l10n, './l10n');
  });

  it('l10n/bundle.l10n.json is what `npm run l10n` exports from src/vscode now', function () {
    this.timeout(60_000);
    const outDir = mkdtempSync(path.join(tmpdir(), 'aws-notes-l10n-'));
    try {
      execFileSync(process.execPath, [CLI, 'export', '--outDir', outDir, path.join(ROOT, 'src', 'vscode')], { stdio: 'pipe' });
      const fresh = JSON.parse(readFileSync(path.join(outDir, 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
      const committed = JSON.parse(readFileSync(BUNDLE, 'utf8')) as Record<string, string>;
      assert.deepEqual(committed, fresh, 'l10n/bundle.l10n.json is stale: run `npm run l10n` and commit it');
      assert.ok(Object.keys(fresh).includes('No notes of your own yet: below are the bundled notes. Choose your notes files, or create a notes file, to add yours.'));
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('messages shown to the user are never bare literals in the localized folders', () => {
    const bare = /\.show(Information|Warning|Error)Message\(\s*['"`]|\b(title|placeHolder|prompt|openLabel|saveLabel|message)\s*[:=]\s*['"`][A-Z]/;
    const offenders = LOCALIZED_FOLDERS.flatMap((folder) =>
      readdirSync(path.join(ROOT, folder))
        .filter((name) => name.endsWith('.ts'))
        .filter((name) => bare.test(readFileSync(path.join(ROOT, folder, name), 'utf8')))
        .map((name) => `${folder}/${name}`),
    );
    assert.deepEqual(offenders, []);
  });
});
