import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NotesIndex } from '../../../src/core/notes/notesIndex';
import { closeAllEditors, sampleUri, screenshot, waitFor } from './helpers';
import { captureNotesLog, FILE_EVENT_TIMEOUT_MS, notesApi } from './notesApi';

const studyNotes = () => sampleUri('notes/study-notes.txt').toString();
const serverlessNotes = () => sampleUri('notes/serverless.md').toString();

/** Writes a notes file into the mounted samples/ folder; tests delete it when done. */
async function writeNotes(relativePath: string, text: string | Uint8Array): Promise<vscode.Uri> {
  const uri = sampleUri(relativePath);
  await vscode.workspace.fs.writeFile(uri, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  return uri;
}

async function deleteQuietly(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
}

function factTexts(index: NotesIndex, file: string): string[] {
  return index.facts().filter((fact) => fact.file === file).map((fact) => fact.text);
}

describe('notes: loading and the Notes view', () => {
  afterEach(closeAllEditors);

  it('indexes the user notes of awsNotes.notesFiles (path and glob) and the bundled pack', async () => {
    const index = await (await notesApi()).notes.ready();
    const sqs = index.facts().find((fact) => fact.file === studyNotes() && fact.text.startsWith('Mnemonic for the visibility timeout'));
    assert.ok(sqs, `study-notes.txt facts missing; files: ${index.files().join(', ')}`);
    assert.strictEqual(sqs.origin, 'user');
    assert.strictEqual(sqs.service, 'SQS');
    assert.ok(factTexts(index, serverlessNotes()).includes('Standard workflows may run for up to one year'), 'serverless.md (from the glob) missing');
    const bundled = index.facts().filter((fact) => fact.origin === 'bundled');
    assert.ok(bundled.length > 100, `bundled pack has ${bundled.length} facts`);
    assert.ok(index.factsOfService('Elasticache').some((fact) => fact.origin === 'user'), 'the "Elasticache" heading resolves to ElastiCache');
  });

  it('shows services → items → nested items in the Notes view, with their origin', async () => {
    const { notesView } = await notesApi();
    await vscode.commands.executeCommand('awsNotes.notesView.focus');
    await waitFor('the Notes view to be visible', () => notesView.treeView.visible);
    const services = await notesView.provider.getChildren();
    const sqs = services.find((node) => node.kind === 'service' && node.service === 'SQS');
    assert.ok(sqs, `no SQS in ${services.length} services`);
    const sqsItem = notesView.provider.getTreeItem(sqs);
    assert.strictEqual(sqsItem.description, 'Your notes + Bundled notes');
    const items = await notesView.provider.getChildren(sqs);
    assert.ok(items[0].kind === 'fact' && items[0].fact.origin === 'user', 'the user\'s own notes come first');
    const fifo = items.find((node) => node.kind === 'fact' && node.fact.text === 'FIFO queues');
    assert.ok(fifo, 'the SQS service lists its top-level items');
    const nested = await notesView.provider.getChildren(fifo);
    const groupId = nested.find((node) => node.kind === 'fact' && node.fact.text.startsWith('MessageGroupId'));
    assert.ok(groupId && groupId.kind === 'fact', 'FIFO queues lists its nested items');
    const item = notesView.provider.getTreeItem(groupId);
    assert.deepStrictEqual(item.command?.arguments, [groupId.fact.id]);
    assert.strictEqual(item.command?.command, 'awsNotes.openNote');

    await notesView.treeView.reveal(groupId, { select: true, focus: true, expand: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await screenshot('notes-view');
  });

  it('"Open in notes" opens the notes file with the fact\'s line selected', async () => {
    const index = await (await notesApi()).notes.ready();
    const fact = index.facts().find((candidate) => candidate.file === studyNotes() && candidate.text.startsWith('Long polling'));
    assert.ok(fact);
    await vscode.commands.executeCommand('awsNotes.openNote', fact.id);
    let editor = await waitFor('an editor on study-notes.txt', () => vscode.window.activeTextEditor?.document.uri.toString() === studyNotes() && vscode.window.activeTextEditor);
    assert.strictEqual(editor.selection.start.line, fact.line);
    assert.strictEqual(editor.document.getText(editor.selection), `• ${fact.text}`);

    // The { file, line } form other features link to, with a workspace-relative path.
    await closeAllEditors();
    await vscode.commands.executeCommand('awsNotes.openNote', { file: 'notes/serverless.md', line: 8 });
    editor = await waitFor('an editor on serverless.md', () => vscode.window.activeTextEditor?.document.uri.toString() === serverlessNotes() && vscode.window.activeTextEditor);
    assert.strictEqual(editor.selection.active.line, 8);
    assert.strictEqual(editor.document.getText(editor.selection), '- Standard workflows may run for up to one year');

    // A bundled fact opens the pack that ships with the extension.
    const bundled = index.facts().find((candidate) => candidate.origin === 'bundled' && candidate.line > 100);
    assert.ok(bundled);
    await vscode.commands.executeCommand('awsNotes.openNote', bundled.id);
    editor = await waitFor('an editor on the bundled pack', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/notes/aws-notes-pack.txt') && vscode.window.activeTextEditor);
    assert.strictEqual(editor.selection.active.line, bundled.line);
    assert.ok(editor.document.getText(editor.selection).endsWith(bundled.text));
  });

  it('follows a notes file as it is created, edited and deleted, re-reading only that file', async function () {
    this.timeout(4 * FILE_EVENT_TIMEOUT_MS);
    const { notes } = await notesApi();
    const index = await notes.ready();
    const studyParse = index.parsed(studyNotes());
    const scratch = sampleUri('notes/zz-scratch.md');
    try {
      await writeNotes('notes/zz-scratch.md', '# Kinesis\n\n- Scratch fact: shards are the unit of capacity\n');
      await waitFor('the new file to be indexed', () => factTexts(index, scratch.toString()).includes('Scratch fact: shards are the unit of capacity'), FILE_EVENT_TIMEOUT_MS);

      const document = await vscode.workspace.openTextDocument(scratch);
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((edit) => edit.replace(document.lineAt(2).range, '- Scratch fact, edited: a shard takes 1 MB/s in'));
      await document.save();
      await waitFor('the edit to be indexed', () => factTexts(index, scratch.toString()).includes('Scratch fact, edited: a shard takes 1 MB/s in'), FILE_EVENT_TIMEOUT_MS);
      assert.deepStrictEqual(factTexts(index, scratch.toString()), ['Scratch fact, edited: a shard takes 1 MB/s in']);
      assert.strictEqual(index.parsed(studyNotes()), studyParse, 'the other notes files were not re-read');
    } finally {
      await closeAllEditors();
      await deleteQuietly(scratch);
    }
    await waitFor('the deleted file to leave the index', () => !index.hasFile(scratch.toString()), FILE_EVENT_TIMEOUT_MS);
  });

  it('reports a binary notes file in the output channel and keeps the other notes', async function () {
    this.timeout(2 * FILE_EVENT_TIMEOUT_MS);
    const { notes } = await notesApi();
    const index = await notes.ready();
    const { lines: logged, restore } = captureNotesLog(notes);
    const binary = sampleUri('notes/zz-binary.md');
    try {
      await writeNotes('notes/zz-binary.md', new Uint8Array([0x23, 0x20, 0x00, 0xff, 0x00, 0x01]));
      await waitFor('a message about the binary file', () => logged.find((line) => line.includes('zz-binary.md') && line.includes('binary')), FILE_EVENT_TIMEOUT_MS);
      assert.strictEqual(index.hasFile(binary.toString()), false);
      assert.ok(factTexts(index, studyNotes()).length > 10, 'the other notes are still indexed');
    } finally {
      restore();
      await deleteQuietly(binary);
    }
  });

  it('a change to awsNotes.notesFiles reads or drops only the files that changed', async function () {
    this.timeout(4 * FILE_EVENT_TIMEOUT_MS);
    const { notes } = await notesApi();
    const index = await notes.ready();
    const settingsUri = sampleUri('.vscode/settings.json');
    const settingsBytes = await vscode.workspace.fs.readFile(settingsUri);
    const config = vscode.workspace.getConfiguration('awsNotes');
    const original = config.inspect<string[]>('notesFiles')?.workspaceValue ?? [];
    const studyParse = index.parsed(studyNotes());
    const log = captureNotesLog(notes);
    try {
      await config.update('notesFiles', original.filter((entry) => entry !== 'notes/*.md'), vscode.ConfigurationTarget.Workspace);
      await waitFor('serverless.md to leave the index', () => !index.hasFile(serverlessNotes()), FILE_EVENT_TIMEOUT_MS);
      assert.strictEqual(index.parsed(studyNotes()), studyParse, 'study-notes.txt was not re-read');
      await config.update('notesFiles', original, vscode.ConfigurationTarget.Workspace);
      await waitFor('serverless.md to come back', () => index.hasFile(serverlessNotes()), FILE_EVENT_TIMEOUT_MS);
      assert.strictEqual(index.parsed(studyNotes()), studyParse, 'study-notes.txt was not re-read');
      console.log(`      (output channel: ${log.lines.filter((line) => line.includes('Indexed')).join(' / ')})`);
    } finally {
      log.restore();
      // Put the file back byte for byte (the settings editor would reformat it).
      await vscode.workspace.fs.writeFile(settingsUri, settingsBytes);
    }
  });

  it('awsNotes.includeBundledNotes = false leaves only the user notes, and true brings the pack back', async function () {
    this.timeout(4 * FILE_EVENT_TIMEOUT_MS);
    const { notes } = await notesApi();
    const index = await notes.ready();
    const config = vscode.workspace.getConfiguration('awsNotes');
    const bundledCount = () => index.facts().filter((fact) => fact.origin === 'bundled').length;
    try {
      await config.update('includeBundledNotes', false, vscode.ConfigurationTarget.Global);
      await waitFor('the bundled pack to leave the index', () => bundledCount() === 0, FILE_EVENT_TIMEOUT_MS);
      assert.ok(factTexts(index, studyNotes()).length > 10, 'user notes stay');
    } finally {
      await config.update('includeBundledNotes', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the bundled pack to come back', () => bundledCount() > 100, FILE_EVENT_TIMEOUT_MS);
  });
});
