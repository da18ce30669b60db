import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticCodes, hoverContaining, positionOf } from './cloudformation.test';
import { closeAllEditors, openSample } from './helpers';
import { showDiagnosticAndScreenshot, showHoverAndScreenshot } from './iacScreens';

/** Replaces the first `find` of the editor's document (unsaved). */
async function replace(editor: vscode.TextEditor, find: string, replaceWith: string): Promise<void> {
  const start = positionOf(editor.document, find, 0);
  await editor.edit((edit) => edit.replace(new vscode.Range(start, start.translate(0, find.length)), replaceWith));
}

/** The first diagnostic of `code` on the editor's document, once it is there. */
async function diagnosticOf(editor: vscode.TextEditor, code: string): Promise<vscode.Diagnostic> {
  await diagnosticCodes(editor.document.uri, code, (codes) => codes.includes(code));
  return vscode.languages.getDiagnostics(editor.document.uri).find((d) => String(d.code) === code)!;
}

/** Undoes the edit and waits until the document has no diagnostic left. */
async function undoToClean(editor: vscode.TextEditor): Promise<void> {
  await vscode.commands.executeCommand('undo');
  await diagnosticCodes(editor.document.uri, 'no diagnostics once fixed', (codes) => codes.length === 0);
}

describe('CloudFormation spec checks in the editor', () => {
  afterEach(closeAllEditors);

  it('reports a mistyped property with did-you-mean, and clears it once fixed', async () => {
    const editor = await openSample('cloudformation/web-app.yaml');
    await replace(editor, 'BatchSize: 10', 'BatchSise: 10');
    const found = await diagnosticOf(editor, 'cloudformation/unknown-property');
    assert.match(found.message, /AWS::Lambda::EventSourceMapping has no property "BatchSise"\. Did you mean "BatchSize"\?/);
    assert.strictEqual(found.severity, vscode.DiagnosticSeverity.Error);
    await showDiagnosticAndScreenshot(editor, found, 'cloudformation-unknown-property');
    await undoToClean(editor);
  });

  it('reports a key written twice, pointing at the first one, and clears it once fixed', async () => {
    const editor = await openSample('cloudformation/web-app.yaml');
    await replace(editor, 'BatchSize: 10', 'BatchSize: 10\n      BatchSize: 20');
    const found = await diagnosticOf(editor, 'cloudformation/duplicate-key');
    const first = positionOf(editor.document, 'BatchSize: 10', 0).line;
    assert.match(found.message, new RegExp(`"BatchSize" is already a key of this mapping \\(line ${first + 1}\\)`));
    assert.strictEqual(found.range.start.line, first + 1);
    assert.strictEqual(found.severity, vscode.DiagnosticSeverity.Error);
    await showDiagnosticAndScreenshot(editor, found, 'cloudformation-duplicate-key');
    await undoToClean(editor);
  });

  it('reports a malformed resource type and keeps its hover, as the type meant', async () => {
    const editor = await openSample('cloudformation/web-app.yaml');
    await replace(editor, 'Type: AWS::SQS::Queue', 'Type: AWS:SQS::Queue');
    await diagnosticCodes(editor.document.uri, 'the malformed type', (codes) => codes.includes('cloudformation/malformed-resource-type'));
    const position = positionOf(editor.document, 'AWS:SQS::Queue', 5);
    const text = await hoverContaining(editor.document, position, 'is not a resource type name');
    assert.match(text, /did you mean `AWS::SQS::Queue`\?/);
    assert.match(text, /\*\*AWS::SQS::Queue\*\* — resource type/);
    await showHoverAndScreenshot(editor, position, 'cloudformation-malformed-type-hover');
    await vscode.commands.executeCommand('undo');
  });
});
