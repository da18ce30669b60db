import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, openSample, waitFor } from './helpers';
import { showDiagnosticAndScreenshot, showHoverAndScreenshot } from './iacScreens';

/** The position just inside the `occurrence`-th match of `needle` in the document. */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 1, occurrence = 1): vscode.Position {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = document.getText().indexOf(needle, index + 1);
  assert.ok(index >= 0, `"${needle}" not in ${document.uri.path}`);
  return document.positionAt(index + offset);
}

/** The markdown of the hovers at a position, joined. */
export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  // Note texts are markdown-escaped (`cfn\-iam\-notes\.txt\:16`): compare without the escapes.
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/\\(?=[\\`*_{}[\]()<>#+\-.!|~&"'=:$@^%])/g, '');
}

/** The hover at a position once it contains `marker` (the first hover may wait for the catalog). */
export async function hoverContaining(document: vscode.TextDocument, position: vscode.Position, marker: string): Promise<string> {
  return waitFor(`a hover containing "${marker}"`, async () => {
    const text = await hoverText(document, position);
    return text.includes(marker) && text;
  });
}

export async function completionLabels(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

/** Our diagnostics' codes on a document, once `ready` accepts them. */
export async function diagnosticCodes(uri: vscode.Uri, what: string, ready: (codes: string[]) => boolean): Promise<string[]> {
  return waitFor(what, () => {
    const codes = vscode.languages
      .getDiagnostics(uri)
      .filter((d) => d.source === undefined || d.source === 'aws-notes')
      .map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
    return ready(codes) && codes;
  });
}

/**
 * Proves a valid file lints clean: break it (unsaved), wait for the diagnostic the break causes,
 * undo, and wait for zero. Zero right after opening would prove nothing (lint may not have run).
 */
export async function assertLintsClean(editor: vscode.TextEditor, breakage: { find: string; replaceWith: string; code: string }): Promise<void> {
  const document = editor.document;
  const start = document.positionAt(document.getText().indexOf(breakage.find));
  const range = new vscode.Range(start, start.translate(0, breakage.find.length));
  await editor.edit((edit) => edit.replace(range, breakage.replaceWith));
  await diagnosticCodes(document.uri, `${breakage.code} on the broken copy`, (codes) => codes.includes(breakage.code));
  await vscode.commands.executeCommand('undo');
  const left = await diagnosticCodes(document.uri, 'no diagnostics after the undo', (codes) => codes.length === 0).catch(() => undefined);
  assert.deepStrictEqual(left ?? vscode.languages.getDiagnostics(document.uri).map((d) => d.message), []);
}

describe('CloudFormation in the editor', () => {
  afterEach(closeAllEditors);

  it('hovers a resource type with its reference entry, docs link and "Your notes"', async () => {
    const editor = await openSample('cloudformation/web-app.yaml');
    const position = positionOf(editor.document, 'AWS::S3::Bucket', 4);
    const text = await hoverContaining(editor.document, position, 'resource type');
    assert.match(text, /\*\*AWS::S3::Bucket\*\* — resource type/);
    assert.match(text, /Fn::GetAtt attributes: .*`Arn`/);
    assert.match(text, /aws-resource-s3-bucket\.html/);
    assert.match(text, /\*\*Your notes\*\*/);
    assert.match(text, /cfn-iam-notes\.txt:16/);
    await showHoverAndScreenshot(editor, position, 'cloudformation-hover');
  });

  it('hovers a short-form function and a pseudo parameter', async () => {
    const editor = await openSample('cloudformation/web-app.yaml');
    assert.match(await hoverText(editor.document, positionOf(editor.document, '!FindInMap', 2)), /\*\*Fn::FindInMap\*\* — intrinsic function/);
    const pseudo = await hoverText(editor.document, positionOf(editor.document, 'AWS::Region', 3));
    assert.match(pseudo, /\*\*AWS::Region\*\* — pseudo parameter/);
    assert.match(pseudo, /cfn-iam-notes\.txt:10/);
  });

  it('completes resource attribute values and the properties of the resource type', async () => {
    const editor = await openSample('cloudformation/web-app.yaml');
    const values = await completionLabels(editor.document, positionOf(editor.document, 'DeletionPolicy: Retain', 'DeletionPolicy: '.length));
    for (const value of ['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot']) assert.ok(values.includes(value), `${value} in ${values.join(', ')}`);
    const end = positionOf(editor.document, 'BatchSize: 10', 'BatchSize: 10'.length);
    await editor.edit((edit) => edit.insert(end, '\n      '));
    const properties = await completionLabels(editor.document, new vscode.Position(end.line + 1, 6));
    assert.ok(properties.includes('MaximumBatchingWindowInSeconds'), properties.slice(0, 20).join(', '));
    assert.ok(!properties.includes('BatchSize'), 'properties already written are not offered again');
    await vscode.commands.executeCommand('undo');
  });

  it('shows the expected diagnostics on the broken template', async () => {
    const editor = await openSample('cloudformation/broken-template.yaml');
    const codes = await diagnosticCodes(editor.document.uri, 'the broken template diagnostics', (found) => found.length >= 7);
    assert.deepStrictEqual([...codes].sort(), [
      'cloudformation/format-version',
      'cloudformation/undefined-reference',
      'cloudformation/undefined-reference',
      'cloudformation/undefined-reference',
      'cloudformation/unknown-resource-type',
      'cloudformation/unknown-section',
      'iam/operator-type-mismatch',
    ]);
    const mapings = vscode.languages.getDiagnostics(editor.document.uri).find((d) => String(d.code) === 'cloudformation/unknown-section');
    assert.match(mapings?.message ?? '', /Did you mean "Mappings"\?/);
    const typo = vscode.languages.getDiagnostics(editor.document.uri).find((d) => String(d.code) === 'cloudformation/unknown-resource-type')!;
    await showDiagnosticAndScreenshot(editor, typo, 'cloudformation-diagnostics');
  });

  for (const sample of ['web-app.yaml', 'queue-stack.json', 'sam-app.yaml']) {
    it(`gives no diagnostics on the valid ${sample}`, async () => {
      const editor = await openSample(`cloudformation/${sample}`);
      const find = sample.endsWith('.json') ? '"Resources"' : 'Resources:';
      await assertLintsClean(editor, { find, replaceWith: sample.endsWith('.json') ? '"Resourcez"' : 'Resourcez:', code: 'cloudformation/unknown-section' });
    });
  }
});
