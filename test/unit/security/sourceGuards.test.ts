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

function offenders(pattern: RegExp, allowed: ReadonlySet<string> = new Set()): string[] {
  return EXTENSION.filter(({ file, text }) => !allowed.has(file) && pattern.test(text)).map(({ file }) => file);
}

/**
 * The only files that may write one: "AWS Notes: Create Notes File" writes a NEW file (never
 * over an existing one) where the user chose in the save dialog, with the starter outline.
 */
const WRITES_A_FILE_THE_USER_ASKED_FOR = new Set(['src/vscode/walkthrough/createNotesFile.ts']);

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
   * Creating a notes file (walkthrough) is checked below: it never overwrites.
   */
  const WRITES_ALLOWED = new Set(['src/vscode/quiz/reviewLogFile.ts', 'src/vscode/quiz/export/writeChosenFile.ts', 'src/vscode/notesCheck/notesCheckActions.ts', ...WRITES_A_FILE_THE_USER_ASKED_FOR]);
  const USER_CHOSEN_EDITS = new Set(['src/vscode/notesCheck/notesCheckActions.ts']);

  it('never writes, edits or deletes files (user notes included), but for the allowlist', () => {
    const writes = /\bfs\.(writeFile|delete|rename|createDirectory|copy)\b|applyEdit|new vscode\.WorkspaceEdit|\.save\(\)/;
    assert.deepEqual(offenders(writes, WRITES_ALLOWED), []);
    const applies = /\bfs\.(writeFile|delete|rename|createDirectory|copy)\b|applyEdit|\.save\(\)/;
    assert.deepEqual(offenders(applies).filter((file) => USER_CHOSEN_EDITS.has(file)), []);
    // The file the user asks for is written only after checking that nothing is there.
    for (const file of WRITES_A_FILE_THE_USER_ASKED_FOR) {
      const { text } = EXTENSION.find((source) => source.file === file) ?? { text: '' };
      assert.match(text, /if \(await exists\(uri\)\)[\s\S]*else[\s\S]*fs\.writeFile/, `${file} checks for an existing file before writing`);
    }
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
