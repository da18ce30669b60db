import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText, positionOf } from './cloudformation.test';
import { closeAllEditors, openSample, screenshot, waitFor } from './helpers';
import { showHoverAndScreenshot } from './iacScreens';
import { notesApi } from './notesApi';

/** The "Your notes" part of a hover (up to the bundled notes). */
function yourNotes(markdown: string): string {
  const start = markdown.indexOf('**Your notes**');
  if (start < 0) return '';
  const end = markdown.indexOf('**Bundled notes**', start);
  return markdown.slice(start, end < 0 ? undefined : end);
}

async function hoverNotes(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  await notesApi();
  return waitFor('a hover with "Your notes"', async () => yourNotes(await hoverText(document, position)) || undefined);
}

describe('relevance: the right note in the hover, and where a note is used', () => {
  afterEach(closeAllEditors);

  it('a camelCase property (VisibilityTimeout) shows the note about the visibility timeout first', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'yaml',
      content: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Jobs:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 60\n',
    });
    const editor = await vscode.window.showTextDocument(document);
    const position = positionOf(document, 'VisibilityTimeout', 4);
    const notes = await hoverNotes(document, position);
    assert.match(notes.split('\n').find((line) => line.startsWith('- ')) ?? '', /Mnemonic for the visibility timeout/, notes);
    await showHoverAndScreenshot(editor, position, 'relevance-camelcase-property-hover');
  });

  it('a condition key (aws:SourceIp) shows the note naming it', async () => {
    const editor = await openSample('iam/bucket-access-policy.json');
    const notes = await hoverNotes(editor.document, positionOf(editor.document, '"aws:SourceIp"', 5));
    assert.match(notes, /IpAddress with aws:SourceIp does not work through a VPC endpoint/, notes);
  });

  it('an option value (DeploymentPolicy: RollingWithAdditionalBatch) shows the note listing the deployment policies', async () => {
    const editor = await openSample('ebextensions/eb-app/.ebextensions/02-options.config');
    const position = positionOf(editor.document, 'RollingWithAdditionalBatch', 8);
    const notes = await hoverNotes(editor.document, position);
    assert.match(notes, /DeploymentPolicy→AllAtOnce, Rolling, RollingWithAdditionalBatch, Immutable/, notes);
    await showHoverAndScreenshot(editor, position, 'relevance-option-value-hover');
  });

  it('a nested property value (StreamSpecification › StreamViewType: NEW_AND_OLD_IMAGES) shows its property type and the note on the stream view types', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'yaml',
      content: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      StreamSpecification:\n        StreamViewType: NEW_AND_OLD_IMAGES\n',
    });
    const editor = await vscode.window.showTextDocument(document);
    const position = positionOf(document, 'NEW_AND_OLD_IMAGES', 4);
    await notesApi();
    const markdown = await waitFor('a hover with the bundled notes', async () => {
      const text = await hoverText(document, position);
      return text.includes('**Bundled notes**') ? text : undefined;
    });
    assert.match(markdown, /\*\*StreamViewType\*\* — property of `StreamSpecification` \(`AWS::DynamoDB::Table`\)/, markdown);
    assert.match(markdown.slice(markdown.indexOf('**Bundled notes**')), /StreamViewType values: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES/, markdown);
    await showHoverAndScreenshot(editor, position, 'relevance-nested-property-value-hover');
  });

  it('Look Up Fact says so when nothing matches', async () => {
    const { lookup } = await notesApi();
    await vscode.commands.executeCommand('awsNotes.lookUpFact', 'zzqxv wqzzk');
    const pick = await waitFor('the lookup QuickPick', () => lookup.activePick);
    const items = await waitFor('the lookup items', () => pick.items.length > 0 && pick.items);
    assert.strictEqual(items.length, 1);
    assert.strictEqual(items[0].fact, undefined);
    assert.match(items[0].label, /^No fact matches "zzqxv wqzzk"/);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  it('"N more in your notes…" opens Look Up Fact with the hover\'s query, its first results the hover\'s', async () => {
    const editor = await openSample('appspec/ec2/appspec.yml');
    const markdown = await waitFor('a hover with "N more in your notes…"', async () => {
      const text = await hoverText(editor.document, positionOf(editor.document, 'hooks:', 2));
      return /more in your notes…/.test(text) && text;
    });
    const link = /\[\d+ more in your notes…\]\(<?command:awsNotes\.lookUpFact\?([^)>]+)>?\)/.exec(markdown);
    assert.ok(link, markdown);
    const [argument] = JSON.parse(decodeURIComponent(link[1])) as [unknown];
    const { lookup } = await notesApi();
    await vscode.commands.executeCommand('awsNotes.lookUpFact', argument);
    const pick = await waitFor('the lookup QuickPick', () => lookup.activePick);
    const items = await waitFor('the lookup items', () => pick.items.length > 3 && pick.items);
    const shown = yourNotes(markdown).split('\n').filter((line) => line.startsWith('- ') && !line.includes('more in your notes'));
    shown.forEach((line, i) => assert.ok(line.includes(items[i].label), `${i}: ${line} / ${items[i].label}`));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  it('the fact card lists "Used in this workspace" (an .ebextensions config), whose link opens the file at the line', async function () {
    this.timeout(60_000);
    const { factCard, notes } = await notesApi();
    const index = await notes.ready();
    const fact = index.facts().find((candidate) => candidate.text.startsWith('container_commands run after the app is extracted'));
    assert.ok(fact, 'the iac-notes fact about container_commands');
    await vscode.commands.executeCommand('awsNotes.showFactCard', fact.id);
    const uses = await waitFor('the uses of the fact', () => (factCard.workspaceUses?.length ? factCard.workspaceUses : undefined));
    const config = uses.find((use) => use.uri.path.endsWith('/ebextensions/eb-app/.ebextensions/01-packages.config'));
    assert.ok(config, uses.map((use) => use.label).join(', '));
    await waitFor('the card to list the use', () => factCard.html?.includes(config.label));
    assert.match(factCard.html ?? '', /Used in this workspace/);
    await screenshot('relevance-fact-card-uses', { waitFor: '.webview' });

    await factCard.openWorkspaceUse(uses.indexOf(config));
    const editor = await waitFor('the config open', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.toString() === config.uri.toString() && active;
    });
    assert.strictEqual(editor.selection.active.line, config.line);
    assert.match(editor.document.lineAt(config.line).text, new RegExp(config.word));
  });
});
