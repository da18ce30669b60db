import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, sampleUri, screenshot, waitFor } from './helpers';
import { FILE_EVENT_TIMEOUT_MS, notesApi } from './notesApi';

const NOTES = ['# SQS', '', '- Max message size 256 KB', '', '# DynamoDB', '', '- Max item size is 64 KB', '- Partition key equality goes in KeyConditionExpression', ''].join('\n');

function contradictions(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => typeof diagnostic.code === 'object' && diagnostic.code.value === 'notes/contradiction');
}

describe('notes check: diagnostics, quick fixes and the fact card', () => {
  const uri = () => sampleUri('notes/zz-notes-check.md');

  before(async function () {
    this.timeout(2 * FILE_EVENT_TIMEOUT_MS);
    const { notes } = await notesApi();
    await notes.ready();
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(NOTES));
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(uri()).then(undefined, () => undefined);
  });

  it('a notes file with two wrong facts shows two Information diagnostics with the docs link', async function () {
    this.timeout(2 * FILE_EVENT_TIMEOUT_MS);
    const found = await waitFor('two notes-check diagnostics', () => contradictions(uri()).length === 2 && contradictions(uri()), FILE_EVENT_TIMEOUT_MS);
    assert.deepStrictEqual(found.map((diagnostic) => [diagnostic.range.start.line, diagnostic.range.start.character]), [[2, 2], [6, 2]]);
    for (const diagnostic of found) {
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Information);
      assert.match(diagnostic.message, /^AWS docs: .+ \(this note says .+\)$/);
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.match(code.target.toString(), /^https:\/\/docs\.aws\.amazon\.com\//);
    }
    assert.match(found[0]!.message, /this note says 256 KB, as the docs did before 2025/);
    assert.ok(!vscode.languages.getDiagnostics().some(([file, list]) => file.path.endsWith('aws-notes-pack.txt') && list.length > 0), 'the bundled pack is never flagged');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri()));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('notes-check-problems');
  });

  it('"Add the documented value as a sub-item" inserts an indented bullet, and undo removes it', async function () {
    this.timeout(2 * FILE_EVENT_TIMEOUT_MS);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri()));
    const [diagnostic] = await waitFor('the diagnostics', () => contradictions(uri()).length === 2 && contradictions(uri()), FILE_EVENT_TIMEOUT_MS);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri(), diagnostic!.range);
    const titles = actions.map((action) => action.title);
    for (const title of ['Open the AWS documentation', 'Add the documented value as a sub-item', "Don't flag this note again"]) assert.ok(titles.includes(title), `${title} in ${titles.join(', ')}`);
    const addSubItem = actions.find((action) => action.title === 'Add the documented value as a sub-item')!;
    assert.ok(await vscode.workspace.applyEdit(addSubItem.edit!), 'the user applies the edit');
    assert.strictEqual(editor.document.lineAt(2).text, '- Max message size 256 KB', 'the note itself is unchanged');
    assert.match(editor.document.lineAt(3).text, /^ {2}- AWS docs: .*1 MiB.* \(https:\/\/docs\.aws\.amazon\.com\/.+\)$/);
    await screenshot('notes-check-sub-item');
    await vscode.commands.executeCommand('undo');
    await waitFor('undo to remove the sub-item', () => editor.document.getText() === NOTES);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('the fact card of a flagged note says what the AWS docs say, the Notes view marks it, the quiz asks the documented value', async function () {
    this.timeout(2 * FILE_EVENT_TIMEOUT_MS);
    const { factCard, notes, notesView, quiz } = await notesApi();
    const index = await notes.ready();
    const fact = await waitFor('the flagged fact', () => index.facts().find((candidate) => candidate.file === uri().toString() && candidate.text === 'Max item size is 64 KB'), FILE_EVENT_TIMEOUT_MS);
    const question = quiz.service.questions().find((candidate) => candidate.id === fact.id);
    assert.strictEqual(question?.answer, '400 KB', 'the quiz asks the flagged card from the documented value');
    const row = notesView.provider.getTreeItem({ kind: 'fact', fact });
    assert.strictEqual(row.description, 'AWS docs disagree');
    assert.strictEqual((row.iconPath as vscode.ThemeIcon).id, 'warning');
    const unflagged = index.facts().find((candidate) => candidate.file === uri().toString() && candidate.text.startsWith('Partition key'))!;
    assert.notStrictEqual(notesView.provider.getTreeItem({ kind: 'fact', fact: unflagged }).description, 'AWS docs disagree');
    await vscode.commands.executeCommand('awsNotes.showFactCard', fact.id);
    const html = await waitFor('the card with the warning', () => factCard.currentFactId === fact.id && factCard.html?.includes('class="notes-check"') && factCard.html, FILE_EVENT_TIMEOUT_MS);
    assert.match(html, /<aside class="notes-check"[^>]*><p><span aria-hidden="true">⚠<\/span> AWS docs say: [^<]*400 KB[^<]* <a href="https:\/\/docs\.aws\.amazon\.com\//);
    await waitFor('the card to render', () => factCard.renderedFactId === fact.id);
    await screenshot('notes-check-fact-card', { waitFor: '.webview' });
  });

  it('"Don\'t flag this note again" silences that note only', async function () {
    this.timeout(3 * FILE_EVENT_TIMEOUT_MS);
    const config = vscode.workspace.getConfiguration('awsNotes');
    const [first] = await waitFor('the diagnostics', () => contradictions(uri()).length === 2 && contradictions(uri()), FILE_EVENT_TIMEOUT_MS);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri(), first!.range);
    const ignore = actions.find((action) => action.title === "Don't flag this note again")!;
    const settingsUri = sampleUri('.vscode/settings.json');
    const settingsBytes = await vscode.workspace.fs.readFile(settingsUri);
    try {
      await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));
      assert.strictEqual(config.inspect<string[]>('notesCheck.ignoreNotes')?.workspaceValue?.length, 1);
      const left = await waitFor('one diagnostic left', () => contradictions(uri()).length === 1 && contradictions(uri()), FILE_EVENT_TIMEOUT_MS);
      assert.match(left[0]!.message, /this note says 64 KB/, 'the other note is still flagged');
    } finally {
      // Put the workspace settings back byte for byte (the settings editor would reformat them).
      await vscode.workspace.fs.writeFile(settingsUri, settingsBytes);
    }
    await waitFor('both diagnostics back', () => contradictions(uri()).length === 2, FILE_EVENT_TIMEOUT_MS);
  });
});
