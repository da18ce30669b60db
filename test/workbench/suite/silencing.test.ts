import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticCodes } from './cloudformation.test';
import { closeAllEditors, openSample, screenshot } from './helpers';

const UNDEFINED = 'cloudformation/undefined-reference';
const count = (codes: readonly string[], code: string) => codes.filter((c) => c === code).length;

describe('Silencing lint rules in the editor', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('awsNotes').update('lint.ignore', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAllEditors();
  });

  it('awsNotes.lint.ignore silences a rule everywhere, and its findings come back without it', async () => {
    const editor = await openSample('cloudformation/broken-template.yaml');
    const uri = editor.document.uri;
    const before = await diagnosticCodes(uri, 'the broken template linted', (codes) => count(codes, UNDEFINED) === 3);
    await vscode.workspace.getConfiguration('awsNotes').update('lint.ignore', [UNDEFINED], vscode.ConfigurationTarget.Global);
    const silenced = await diagnosticCodes(uri, `no ${UNDEFINED} once ignored`, (codes) => count(codes, UNDEFINED) === 0 && codes.length > 0);
    assert.deepStrictEqual(silenced, before.filter((code) => code !== UNDEFINED));
    await vscode.workspace.getConfiguration('awsNotes').update('lint.ignore', undefined, vscode.ConfigurationTarget.Global);
    await diagnosticCodes(uri, `${UNDEFINED} back once the setting is cleared`, (codes) => count(codes, UNDEFINED) === 3);
  });

  it('a "# aws-notes-ignore RULE" comment silences the line below it only', async () => {
    const editor = await openSample('cloudformation/broken-template.yaml');
    const document = editor.document;
    await diagnosticCodes(document.uri, 'the broken template linted', (codes) => count(codes, UNDEFINED) === 3);
    const line = document.positionAt(document.getText().indexOf('      Bucket: !Ref DataBuckett')).line;
    await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), `      # aws-notes-ignore ${UNDEFINED}\n`));
    await diagnosticCodes(document.uri, 'one finding silenced by the comment', (codes) => count(codes, UNDEFINED) === 2);
    const left = vscode.languages.getDiagnostics(document.uri).filter((d) => d.code === UNDEFINED);
    assert.ok(!left.some((d) => d.range.start.line === line + 1), 'the finding below the comment is gone');
    assert.ok(left.some((d) => document.lineAt(d.range.start.line).text.includes('${Stag}')), 'the others stay');
    // The comment, the clean line below it, and the squiggle of the next finding still shown.
    const shown = new vscode.Position(line, 0);
    editor.selection = new vscode.Selection(shown, shown);
    editor.revealRange(new vscode.Range(shown, shown), vscode.TextEditorRevealType.InCenter);
    await new Promise((resolve) => setTimeout(resolve, 800));
    await screenshot('lint-ignore-comment');
  });
});
