import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * What the extension never does, checked over its sources so a change that starts doing it
 * fails here (and is then a decision to write down in the README's Security section).
 */
const ROOT = path.join(__dirname, '../../..');

function sources(folder: string): { file: string; text: string }[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js)$/.test(entry.name))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file: path.relative(ROOT, file), text: withoutComments(readFileSync(file, 'utf8')) };
    });
}

/** Code only: a comment saying what is never done must not count as doing it. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const EXTENSION = [...sources('src/core'), ...sources('src/vscode'), ...sources('media')];

function offenders(pattern: RegExp): string[] {
  return EXTENSION.filter(({ text }) => pattern.test(text)).map(({ file }) => file);
}

describe('security: what the extension never does', () => {
  it('never trusts markdown wholesale: command links are limited with isTrusted.enabledCommands', () => {
    assert.deepEqual(offenders(/isTrusted\s*[:=]\s*true/), []);
    assert.deepEqual(offenders(/supportHtml\s*=\s*true/), []);
  });

  /**
   * The only files that write, each for one reason: the quiz review log, in the extension's own
   * `globalStorageUri` (never the workspace); the quiz exports, to the file the user picked in a
   * save dialog; the notes check's quick fix "Add the documented value as a sub-item", a
   * WorkspaceEdit the user chooses to apply (and can undo) — nothing applies or saves it for them.
   */
  const WRITES_ALLOWED = ['src/vscode/quiz/reviewLogFile.ts', 'src/vscode/quiz/export/writeChosenFile.ts', 'src/vscode/notesCheck/notesCheckActions.ts'];
  const USER_CHOSEN_EDITS = ['src/vscode/notesCheck/notesCheckActions.ts'];

  it('never writes, edits or deletes files (user notes included), but for the allowlist', () => {
    const writers = offenders(/\bfs\.(writeFile|delete|rename|createDirectory|copy)\b|applyEdit|new vscode\.WorkspaceEdit|\.save\(\)/);
    assert.deepEqual(writers.filter((file) => !WRITES_ALLOWED.includes(file.split(path.sep).join('/'))), []);
    const appliers = offenders(/\bfs\.(writeFile|delete|rename|createDirectory|copy)\b|applyEdit|\.save\(\)/);
    assert.deepEqual(appliers.filter((file) => USER_CHOSEN_EDITS.includes(file.split(path.sep).join('/'))), []);
  });

  it('never runs anything: no processes, terminals, tasks or eval', () => {
    assert.deepEqual(offenders(/child_process|createTerminal|vscode\.tasks|ShellExecution|ProcessExecution|\beval\(|new Function\(/), []);
  });

  it('webviews never use inline handlers or inline scripts', () => {
    const webviewSources = EXTENSION.filter(({ file }) => /factCard|quiz/.test(file));
    for (const { file, text } of webviewSources) {
      assert.doesNotMatch(text, /<[a-z][^>]*\son[a-z]+=/i, `${file} writes an inline event handler`);
      assert.doesNotMatch(text, /<script(?![^>]*\bnonce=)/i, `${file} writes a script tag without the nonce`);
    }
  });

  it('reads files only through vscode.workspace.fs (virtual workspaces, the web): no Node modules', () => {
    assert.deepEqual(offenders(/from '(node:)?(fs|fs\/promises|path|os|child_process|net|http|https)'|require\(/), []);
  });

  it('declares support for restricted (untrusted) and virtual workspaces', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
    assert.equal(manifest.capabilities?.virtualWorkspaces, true);
  });
});
