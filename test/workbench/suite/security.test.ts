import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Fact } from '../../../src/core/notes/model';
import type { NotesIndex } from '../../../src/core/notes/notesIndex';
import { closeAllEditors, openSample, screenshot, waitFor } from './helpers';
import { showHoverAndScreenshot } from './iacScreens';
import { captureNotesLog, notesApi } from './notesApi';
import { webviewDocuments, type WebviewDocument } from './runnerChannel';

/**
 * Hostile and odd notes, served from an in-memory file system that this suite registers, and
 * added to `awsNotes.notesFiles` only while it runs: the samples workspace the other suites
 * share never holds them. Every payload would mark the page (`data-pwned`, the title) if it ran.
 */
const SCHEME = 'aws-notes-test-memory';
const HOSTILE = `${SCHEME}:/hostile/hostile-notes.md`;
const HOSTILE_NOTES = `# SQS

## Hostile notes

- Visibility timeout default is 30 seconds <script>document.title = 'PWNED'; document.body.dataset.pwned = 'script';</script>
- Message retention default is 4 days <img src=x onerror="document.body.dataset.pwned = 'img'">
- Maximum message size is 256 KB, see [the limits](javascript:document.body.dataset.pwned='link') and [a terminal](command:workbench.action.terminal.new)
- Long polling waits up to 20 seconds <b onmouseover="document.body.dataset.pwned = 'b'">bold</b> <iframe src="https://example.com/"></iframe>
- DelaySeconds: postpones delivery up to 15 minutes <svg onload="document.body.dataset.pwned = 'svg'"></svg> <a href="javascript:document.body.dataset.pwned='anchor'">anchor</a>
- MessageRetentionPeriod is set in seconds, [open a terminal](command:workbench.action.terminal.new) <img src=x onerror="document.body.dataset.pwned = 'hover'">
`;

/** Markup that must never reach a webview's HTML from notes text. */
const HOSTILE_MARKUP = /<(script(?![^>]*\bnonce=)|img|iframe|svg|object|embed)\b|<[^>]*\son\w+=|href="(javascript|command:workbench)/i;

/** An element of a webview's DOM that came from a payload (the page's own scripts carry none of these). */
const HOSTILE_ELEMENT = /pwned|^<img|^<iframe|^<svg|^<object|^<embed|javascript:|command:workbench/i;

/** A read-only file system in memory: files by path, and paths whose read fails. */
class MemoryFileSystem implements vscode.FileSystemProvider {
  readonly files = new Map<string, Uint8Array>();
  readonly unreadable = new Set<string>();
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    if (!file && !this.unreadable.has(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: file?.length ?? 0 };
  }
  readFile(uri: vscode.Uri): Uint8Array {
    if (this.unreadable.has(uri.path)) throw vscode.FileSystemError.NoPermissions(uri);
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file;
  }
  readDirectory(): [string, vscode.FileType][] {
    return [];
  }
  createDirectory(): void {}
  writeFile(): void {
    throw vscode.FileSystemError.NoPermissions('read-only test file system');
  }
  delete(): void {}
  rename(): void {}
}

const memory = new MemoryFileSystem();
memory.files.set('/hostile/hostile-notes.md', new TextEncoder().encode(HOSTILE_NOTES));

/** Adds entries to the workspace's awsNotes.notesFiles for the duration of `body`. */
async function withNotesFiles<T>(entries: string[], body: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('awsNotes');
  const before = config.inspect<string[]>('notesFiles')?.workspaceValue;
  await config.update('notesFiles', [...(before ?? []), ...entries], vscode.ConfigurationTarget.Workspace);
  try {
    return await body();
  } finally {
    await config.update('notesFiles', before, vscode.ConfigurationTarget.Workspace);
  }
}

function hostileFacts(index: NotesIndex): Fact[] {
  return index.facts().filter((fact) => fact.file === HOSTILE && fact.parentId !== undefined);
}

/** The webview document (as the runner sees it) whose text contains `text`. */
async function documentShowing(text: string): Promise<WebviewDocument> {
  return waitFor(`a webview document showing "${text}"`, async () => (await webviewDocuments()).find((document) => document.text.includes(text)));
}

/** Nothing ran, no hostile element exists, and the hostile markup is on screen as text. */
function assertInert(document: WebviewDocument, shownAsText: string): void {
  assert.strictEqual(document.pwned, null, `a payload ran in ${document.url}`);
  assert.notStrictEqual(document.title, 'PWNED');
  for (const element of document.elements) assert.doesNotMatch(element, HOSTILE_ELEMENT);
  assert.ok(document.text.includes(shownAsText), `"${shownAsText}" is shown as text; the page shows: ${document.text.slice(0, 400)}`);
}

let registration: vscode.Disposable | undefined;

/** The in-memory file system is registered for the suites below, and gone after them. */
function useMemoryFileSystem(): void {
  before(() => {
    registration ??= vscode.workspace.registerFileSystemProvider(SCHEME, memory, { isReadonly: true });
  });
  after(closeAllEditors);
}

describe('security: hostile notes in the webviews', function () {
  this.timeout(60_000);
  useMemoryFileSystem();

  it('the fact card shows <script>, onerror images, javascript: and other-command links as text, and none of them runs', async () => {
    const { notes, factCard } = await notesApi();
    const index = await notes.ready();
    await withNotesFiles([HOSTILE], async () => {
      const facts = await waitFor('the hostile notes to be indexed', () => hostileFacts(index).length === 6 && hostileFacts(index));
      for (const fact of facts) {
        await factCard.show(fact.id);
        await waitFor(`the card of "${fact.text.slice(0, 30)}" to render`, () => factCard.renderedFactId === fact.id);
        const main = (factCard.html ?? '').split('<main>')[1] ?? '';
        assert.doesNotMatch(main, HOSTILE_MARKUP, 'notes markup is escaped, unsafe links dropped');
        const document = await documentShowing(fact.term ?? fact.text.slice(0, 20));
        assertInert(document, '<img src=x onerror=');
      }
      const scriptFact = facts[0];
      await factCard.show(scriptFact.id);
      await waitFor('the card of the <script> fact', () => factCard.renderedFactId === scriptFact.id);
      assert.match(factCard.html ?? '', /&lt;script&gt;document\.title = 'PWNED'/);
      assertInert(await documentShowing('Visibility timeout default'), "<script>document.title = 'PWNED';");
      await screenshot('security-fact-card', { waitFor: '.webview' });
    });
  });

  it('the quiz panel draws hostile prompts, choices and revealed notes as text, and none of them runs', async () => {
    const { notes, quiz } = await notesApi();
    const index = await notes.ready();
    await closeAllEditors();
    await withNotesFiles([HOSTILE], async () => {
      await waitFor('the hostile notes to be indexed', () => hostileFacts(index).length === 6);
      const questions = await waitFor('questions from the hostile notes', () => {
        const found = quiz.service.questions().filter((question) => question.file === HOSTILE);
        return found.length >= 3 && found;
      });
      for (const question of questions) {
        // The serializer path puts a chosen card on screen, answer revealed (the note is shown).
        const panel = vscode.window.createWebviewPanel('awsNotes.quiz', 'AWS Notes Quiz', vscode.ViewColumn.Active);
        const view = await quiz.panel.restore(panel, { session: { filter: { services: ['SQS'] }, cardId: question.id, revealed: true } });
        const rendered = await waitFor(`the quiz to draw ${question.prompt.slice(0, 40)}`, () => view.rendered?.cardId === question.id && view.rendered.revealed && view.rendered);
        for (const tag of rendered.noteTags) assert.doesNotMatch(tag, /^(script|img|iframe|svg|object|embed)$/i, `the note was drawn with <${tag}>`);
        const document = await documentShowing(question.answer);
        assertInert(document, question.answer);
        if (question.prompt.includes('<script>')) {
          assertInert(document, "<script>document.title = 'PWNED';");
          await screenshot('security-quiz', { waitFor: '.webview' });
        }
        panel.dispose();
      }
    });
  });
});

describe('security: command links in hovers', function () {
  this.timeout(60_000);
  useMemoryFileSystem();

  it('a hover trusts only awsNotes.openNote and awsNotes.lookUpFact ("N more in your notes…"), and shows a hostile note\'s links and HTML as text', async () => {
    const { notes } = await notesApi();
    const index = await notes.ready();
    await withNotesFiles([HOSTILE], async () => {
      await waitFor('the hostile notes to be indexed', () => hostileFacts(index).length === 6);
      const editor = await openSample('cloudformation/web-app.yaml');
      const line = editor.document.getText().split('\n').findIndex((text) => text.includes('MessageRetentionPeriod:'));
      const position = new vscode.Position(line, editor.document.lineAt(line).text.indexOf('MessageRetentionPeriod') + 3);
      const markdown = await waitFor('a hover with the hostile note', async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
        const contents = hovers.flatMap((hover) => hover.contents).filter((content): content is vscode.MarkdownString => content instanceof vscode.MarkdownString);
        return contents.find((content) => content.value.includes('open a terminal'));
      });
      assert.deepStrictEqual(markdown.isTrusted, { enabledCommands: ['awsNotes.openNote', 'awsNotes.lookUpFact'] });
      assert.ok(!markdown.supportHtml, 'HTML in hovers is not rendered');
      assert.doesNotMatch(markdown.value, /\]\(command:workbench/, 'the note\'s command link is escaped into text');
      assert.doesNotMatch(markdown.value, /(^|[^\\])<img/, 'the note\'s <img> is escaped into text');
      assert.match(markdown.value, /\(command:awsNotes\.openNote\?/, 'the hover links to the note');
      await showHoverAndScreenshot(editor, position, 'security-hover');
    });
  });
});

describe('security: odd notes files and IaC files left alone', function () {
  this.timeout(60_000);
  useMemoryFileSystem();

  before(() => {
    memory.files.set('/odd/latin1.txt', new Uint8Array([0x53, 0x51, 0x53, 0x0a, 0x2d, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    memory.unreadable.add('/odd/locked.md');
  });
  after(async () => {
    await vscode.workspace.getConfiguration('awsNotes').update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    // The last suite of this file: the file system goes with it.
    registration?.dispose();
    registration = undefined;
  });

  it('a notes file that is missing, unreadable or not UTF-8 is reported in the output channel; the other notes keep working', async () => {
    const { notes } = await notesApi();
    const index = await notes.ready();
    const { lines: logged, restore } = captureNotesLog(notes);
    const odd = ['/odd/missing.md', '/odd/locked.md', '/odd/latin1.txt'];
    try {
      await withNotesFiles([HOSTILE, ...odd.map((path) => `${SCHEME}:${path}`)], async () => {
        await waitFor('the hostile notes to be indexed beside the odd files', () => hostileFacts(index).length === 6);
        for (const path of odd) {
          const name = path.slice(path.lastIndexOf('/') + 1);
          const line = await waitFor(`a message about ${name}`, () => logged.find((candidate) => candidate.includes(name)));
          assert.match(line, name === 'latin1.txt' ? /is not valid UTF-8 text/ : /could not be read/, line);
          assert.ok(!index.hasFile(`${SCHEME}:${path}`), `${name} is not indexed`);
        }
        assert.ok(index.facts().filter((fact) => fact.origin === 'user' && !fact.file.startsWith(SCHEME)).length > 10, 'the samples notes are still indexed');
      });
    } finally {
      restore();
    }
  });

  it('an IaC file over awsNotes.maxFileSize, or binary, gets no hover and one message', async () => {
    const { notes } = await notesApi();
    const { lines: logged, restore } = captureNotesLog(notes);
    try {
      const template = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n';
      const big = await vscode.workspace.openTextDocument({ language: 'yaml', content: template + '# padding\n'.repeat(200) });
      const hoverOf = async (document: vscode.TextDocument) =>
        (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(3, 12))).filter((hover) =>
          hover.contents.some((content) => (typeof content === 'string' ? content : content.value).includes('AWS::SQS::Queue')),
        );
      await waitFor('the hover of a template under the limit (once the catalog is loaded)', async () => (await hoverOf(big)).length > 0);

      await vscode.workspace.getConfiguration('awsNotes').update('maxFileSize', 0.001, vscode.ConfigurationTarget.Global);
      assert.deepStrictEqual(await hoverOf(big), [], 'no hover over the limit');
      await hoverOf(big);
      const messages = logged.filter((line) => line.includes('does not analyse') && line.includes(big.uri.path));
      assert.strictEqual(messages.length, 1, `one message, not one per hover: ${logged.join(' | ')}`);
      assert.match(messages[0], /larger than 1 KB \(awsNotes\.maxFileSize\)/);

      await vscode.workspace.getConfiguration('awsNotes').update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
      const binary = await vscode.workspace.openTextDocument({ language: 'yaml', content: template + 'x: \u0000\u0001\n' });
      assert.deepStrictEqual(await hoverOf(binary), []);
      await waitFor('a message about the binary file', () => logged.find((line) => line.includes(binary.uri.path) && line.includes('binary')));
    } finally {
      restore();
    }
  });
});
