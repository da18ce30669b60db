import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, openSample, sampleUri, screenshot, waitFor } from './helpers';
import { FILE_EVENT_TIMEOUT_MS, notesApi } from './notesApi';
import type { FactPickItem } from '../../../src/vscode/lookup/factPickItems';

/** The fact card's tab, if one is open (the web host prefixes the view type). */
function factCardTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('awsNotes.factCard'));
}

/** Runs the lookup with a query (or a hover's argument) and returns the QuickPick's fact items once they are in. */
async function lookUp(query: unknown) {
  const { lookup } = await notesApi();
  await vscode.commands.executeCommand('awsNotes.lookUpFact', query);
  const pick = await waitFor('the lookup QuickPick', () => lookup.activePick);
  const items = await waitFor(`results for ${JSON.stringify(query)}`, () => pick.items.length > 0 && pick.items);
  return { pick, items: items.filter((item): item is FactPickItem => item.fact !== undefined) };
}

describe('lookup: QuickPick and fact card', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAllEditors();
  });

  it('"Look Up Fact" ranks the matching fact first; accepting it opens its fact card', async () => {
    const { factCard, notes } = await notesApi();
    // "default" alone would rank the pack's short "Default: 30 seconds" first (short, precise facts first): "mnemonic" aims at the user's note.
    const { pick, items } = await lookUp('sqs visibilty timeout mnemonic');
    assert.ok(items.length >= 2, `several matches to rank, got ${items.length}`);
    const expected = items[0].fact!;
    assert.match(expected.text, /^Mnemonic for the visibility timeout/);
    assert.strictEqual(items[0].label, expected.text);
    assert.strictEqual(items[0].description, 'SQS');
    assert.strictEqual(items[0].detail, 'notes/study-notes.txt:3');
    await waitFor('the best match to be the active item (the one Enter picks)', () => pick.activeItems[0]?.fact?.id === expected.id);
    await screenshot('lookup-quickpick');

    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await waitFor('the fact card tab', factCardTab);
    assert.strictEqual(factCard.currentFactId, expected.id);
    const html = factCard.html ?? '';
    assert.match(html, /Content-Security-Policy" content="default-src 'none';/);
    assert.match(html, /<nav class="breadcrumb"[^>]*>SQS<\/nav>/);
    assert.match(html, /Your notes/);
    assert.match(html, /notes\/study-notes\.txt:3/);
    const index = await notes.ready();
    for (const sibling of index.siblings(expected)) assert.ok(html.includes(`data-fact-id="${sibling.id}"`), `sibling "${sibling.text}" listed`);
    await waitFor('the card\'s script to report the fact rendered', () => factCard.renderedFactId === expected.id);
    await screenshot('fact-card');
  });

  it('with an empty query lists every fact, the user\'s own first', async () => {
    const { notes } = await notesApi();
    const index = await notes.ready();
    const { items } = await lookUp('');
    assert.strictEqual(items.length, index.facts().length);
    const firstBundled = items.findIndex((item) => item.fact.origin === 'bundled');
    assert.ok(firstBundled > 0 && items.slice(firstBundled).every((item) => item.fact.origin === 'bundled'), 'user facts, then bundled ones');
  });

  it('finds bundled facts with words in any order, and labels them as bundled', async () => {
    const { items } = await lookUp('dynamodb max item size');
    const fact = items[0].fact;
    assert.match(fact.text, /400 KB/, `best match: ${fact.text}`);
    assert.strictEqual(fact.origin, 'bundled');
    assert.match(items[0].detail ?? '', /^bundled notes, line \d+$/);
  });

  it('the fact card shows a fact\'s parent and children, and follows the notes', async function () {
    this.timeout(4 * FILE_EVENT_TIMEOUT_MS);
    const { factCard, notes } = await notesApi();
    const index = await notes.ready();
    const fifo = index.facts().find((fact) => fact.text === 'FIFO queues' && fact.origin === 'user');
    assert.ok(fifo);
    const child = index.children(fifo)[0];
    await vscode.commands.executeCommand('awsNotes.showFactCard', child.id);
    await waitFor('the fact card', () => factCard.currentFactId === child.id && factCardTab());
    assert.match(factCard.html ?? '', new RegExp(`<h2>Parent</h2>\\s*<ul>\\s*<li><button[^>]*data-fact-id="${fifo.id}"`));
    assert.match(factCard.html ?? '', /<nav class="breadcrumb"[^>]*>SQS › FIFO queues<\/nav>/);

    // Edited, the card shows the new text; deleted, it says so.
    const scratch = sampleUri('notes/zz-card.md');
    const write = (text: string) => vscode.workspace.fs.writeFile(scratch, new TextEncoder().encode(text));
    try {
      await write('# SNS\n\n- Card fact: fan-out to SQS queues\n');
      const fact = await waitFor('the scratch note to be indexed', () => index.facts().find((candidate) => candidate.file === scratch.toString()), FILE_EVENT_TIMEOUT_MS);
      await vscode.commands.executeCommand('awsNotes.showFactCard', fact.id);
      await waitFor('the card of the scratch fact', () => factCard.currentFactId === fact.id);
      await write('# SNS\n\n- Card fact, edited: fan-out to SQS queues and Lambda functions\n');
      await waitFor('the card to show the edit', () => factCard.html?.includes('Card fact, edited'), FILE_EVENT_TIMEOUT_MS);
    } finally {
      await vscode.workspace.fs.delete(scratch).then(undefined, () => undefined);
    }
    await waitFor('the card to say the fact is gone', () => factCard.html?.includes('no longer in your notes'), FILE_EVENT_TIMEOUT_MS);
  });

  it('the fact card takes its colours from the theme (dark, high contrast)', async () => {
    const { factCard, notes } = await notesApi();
    const index = await notes.ready();
    const fact = index.facts().find((candidate) => candidate.origin === 'user' && candidate.code !== undefined && candidate.service === 'IAM');
    assert.ok(fact, 'the IAM note with a Condition block');
    const workbench = vscode.workspace.getConfiguration('workbench');
    try {
      for (const [theme, name] of [['Dark Modern', 'fact-card-dark'], ['Default High Contrast', 'fact-card-high-contrast']]) {
        await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand('awsNotes.showFactCard', fact.id);
        await waitFor('the card to render', () => factCard.renderedFactId === fact.id);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await screenshot(name);
      }
    } finally {
      await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('notes text is shown as text in the fact card: no HTML, scripts or foreign links', async function () {
    this.timeout(2 * FILE_EVENT_TIMEOUT_MS);
    const { factCard, notes } = await notesApi();
    const index = await notes.ready();
    const hostile = sampleUri('notes/zz-hostile.md');
    try {
      await vscode.workspace.fs.writeFile(
        hostile,
        new TextEncoder().encode(
          '# SQS\n\n- Hostile <script>alert(1)</script> <img src=x onerror=alert(2)> [run](javascript:alert(3)) [cmd](command:workbench.action.terminal.new) [docs](https://docs.aws.amazon.com/)\n',
        ),
      );
      const fact = await waitFor('the hostile note to be indexed', () => index.facts().find((candidate) => candidate.file === hostile.toString()), FILE_EVENT_TIMEOUT_MS);
      await vscode.commands.executeCommand('awsNotes.showFactCard', fact.id);
      await waitFor('the fact card', () => factCard.currentFactId === fact.id);
      const body = (factCard.html ?? '').split('<main>')[1] ?? '';
      assert.ok(body.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the script tag is escaped');
      assert.ok(body.includes('&lt;img src=x onerror=alert(2)&gt;'), 'the img tag is escaped');
      assert.ok(!/<script>alert|<img/i.test(body), 'no markup from the note');
      assert.ok(!/href="(javascript|command:workbench)/i.test(body), 'no javascript: or foreign command links');
      assert.ok(body.includes('<a href="https://docs.aws.amazon.com/">docs</a>'), 'https links stay links');
    } finally {
      await vscode.workspace.fs.delete(hostile).then(undefined, () => undefined);
    }
  });

  it('"Look Up Word at Cursor" pre-fills the lookup with the word under the cursor', async () => {
    const { lookup } = await notesApi();
    const editor = await openSample('notes/study-notes.txt');
    const line = editor.document.lineAt(3);
    const column = line.text.indexOf('ReceiveMessageWaitTimeSeconds') + 5;
    editor.selection = new vscode.Selection(3, column, 3, column);
    await vscode.commands.executeCommand('awsNotes.lookUpWordAtCursor');
    const pick = await waitFor('the lookup QuickPick', () => lookup.activePick);
    assert.strictEqual(pick.value, 'ReceiveMessageWaitTimeSeconds');
    await waitFor('results with the note that has the word', () => pick.items.some((item) => item.fact?.text.startsWith('Long polling: ReceiveMessageWaitTimeSeconds')));
  });
});
