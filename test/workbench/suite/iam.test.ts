import * as assert from 'assert';
import * as vscode from 'vscode';
import { assertLintsClean, completionLabels, diagnosticCodes, hoverContaining, hoverText, positionOf } from './cloudformation.test';
import { closeAllEditors, openSample } from './helpers';
import { showDiagnosticAndScreenshot, showHoverAndScreenshot } from './iacScreens';

describe('IAM policy conditions in the editor', () => {
  afterEach(closeAllEditors);

  it('hovers a condition key with its type, docs link and "Your notes"', async () => {
    const editor = await openSample('iam/bucket-access-policy.json');
    const position = positionOf(editor.document, 'aws:SecureTransport', 5);
    const text = await hoverContaining(editor.document, position, 'condition key');
    assert.match(text, /\*\*aws:SecureTransport\*\* — condition key/);
    assert.match(text, /Type: `Bool` · single-valued/);
    assert.match(text, /reference_policies_condition-keys\.html#condition-keys-securetransport/);
    assert.match(text, /\*\*Your notes\*\*/);
    assert.match(text, /cfn-iam-notes\.txt:20/);
    await showHoverAndScreenshot(editor, position, 'iam-hover');
  });

  it('hovers an operator with its pitfall, also inside a CloudFormation template', async () => {
    const policy = await openSample('iam/bucket-access-policy.json');
    assert.match(await hoverText(policy.document, positionOf(policy.document, 'ForAllValues:StringEquals', 3)), /also true when the key is absent/);
    const template = await openSample('cloudformation/web-app.yaml');
    assert.match(await hoverText(template.document, positionOf(template.document, 'StringLike:', 3)), /\*\*StringLike\*\* — IAM condition operator/);
  });

  it('completes operators in a Condition block and keys under an operator', async () => {
    const editor = await openSample('iam/bucket-access-policy.json');
    const operators = await completionLabels(editor.document, positionOf(editor.document, '"IpAddress"', 1));
    for (const operator of ['StringNotEquals', 'ForAnyValue:StringLike', 'NumericLessThanIfExists', 'DateLessThan']) assert.ok(operators.includes(operator), operator);
    assert.ok(!operators.includes('StringEquals'), 'operators already in the block are not offered again');
    const keys = await completionLabels(editor.document, positionOf(editor.document, '"aws:SourceIp"', 1));
    assert.ok(keys.includes('aws:SecureTransport') && keys.includes('s3:prefix'), keys.slice(0, 20).join(', '));
  });

  it('shows the expected diagnostics on the broken policy', async () => {
    const editor = await openSample('iam/broken-policy.json');
    const codes = await diagnosticCodes(editor.document.uri, 'the broken policy diagnostics', (found) => found.length >= 5);
    assert.deepStrictEqual([...codes].sort(), [
      'iam/operator-type-mismatch',
      'iam/plain-operator-on-multivalued-key',
      'iam/set-operator-on-single-valued-key',
      'iam/unknown-condition-key',
      'iam/unknown-operator',
    ]);
    const mismatch = vscode.languages.getDiagnostics(editor.document.uri).find((d) => String(d.code) === 'iam/operator-type-mismatch')!;
    assert.match(mismatch.message, /use "Bool"/);
    await showDiagnosticAndScreenshot(editor, mismatch, 'iam-diagnostics');
  });

  it('gives no diagnostics on the valid policy', async () => {
    const editor = await openSample('iam/bucket-access-policy.json');
    await assertLintsClean(editor, { find: '"Bool"', replaceWith: '"Boolean"', code: 'iam/unknown-operator' });
  });
});
