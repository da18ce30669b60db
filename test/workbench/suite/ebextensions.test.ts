import * as assert from 'assert';
import * as vscode from 'vscode';
import { assertLintsClean, completionLabels, diagnosticCodes, hoverText, positionOf } from './cloudformation.test';
import { closeAllEditors, openSample, waitFor } from './helpers';
import { showDiagnosticAndScreenshot, showHoverAndScreenshot } from './iacScreens';

describe('Elastic Beanstalk .ebextensions in the editor', () => {
  afterEach(closeAllEditors);

  it('treats .ebextensions/*.config as YAML', async () => {
    const editor = await openSample('ebextensions/eb-app/.ebextensions/02-options.config');
    assert.strictEqual(editor.document.languageId, 'yaml');
  });

  it('hovers an option with its default, valid values, docs link and "Your notes"', async () => {
    const editor = await openSample('ebextensions/eb-app/.ebextensions/02-options.config');
    const position = positionOf(editor.document, 'DeploymentPolicy:', 4);
    const text = await waitFor('a hover with notes', async () => {
      const markdown = await hoverText(editor.document, position);
      return markdown.includes('Your notes') && markdown;
    });
    assert.ok(text.includes('Default: `AllAtOnce`'), text);
    assert.ok(text.includes('`RollingWithAdditionalBatch`'), text);
    assert.ok(text.includes('[AWS documentation](https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html#command-options-general-elasticbeanstalkcommand)'), text);
    assert.ok(text.includes('DeploymentPolicy→AllAtOnce, Rolling'), text);
    await showHoverAndScreenshot(editor, position, 'ebextensions-hover');
  });

  it('hovers a top-level key with its place in the processing order', async () => {
    const editor = await openSample('ebextensions/eb-app/.ebextensions/01-packages.config');
    const text = await hoverText(editor.document, positionOf(editor.document, 'container_commands:', 3));
    assert.ok(text.includes('Processed **8th of 8** — after `services`'), text);
  });

  it('completes option values and the options of a namespace', async () => {
    const editor = await openSample('ebextensions/eb-app/.ebextensions/02-options.config');
    const values = await completionLabels(editor.document, positionOf(editor.document, 'EnvironmentType: LoadBalanced', 17));
    assert.ok(['SingleInstance', 'LoadBalanced'].every((value) => values.includes(value)), values.join(', '));
    const xray = positionOf(editor.document, '    XRayEnabled: true\n', 22);
    await editor.edit((edit) => edit.insert(xray, '  aws:elasticbeanstalk:command:\n    \n'));
    try {
      const options = await completionLabels(editor.document, xray.translate(1, 4));
      assert.ok(options.includes('DeploymentPolicy') && options.includes('IgnoreHealthCheck'), options.join(', '));
      // Resolved items carry the reference and the notes, like a hover.
      const resolved = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, xray.translate(1, 4), undefined, 100);
      const policy = resolved.items.find((item) => item.label === 'DeploymentPolicy');
      const documentation = policy?.documentation instanceof vscode.MarkdownString ? policy.documentation.value : '';
      assert.ok(documentation.includes('Default: `AllAtOnce`') && documentation.includes('**Your notes**'), documentation);
    } finally {
      await vscode.commands.executeCommand('undo');
    }
  });

  it('reports unknown namespaces and options, invalid values, invalid YAML and a wrong file extension', async () => {
    const editor = await openSample('ebextensions/eb-broken/.ebextensions/broken.config');
    const expected = ['ebextensions/invalid-value', 'ebextensions/unknown-namespace', 'ebextensions/unknown-option', 'ebextensions/unknown-field'];
    await diagnosticCodes(editor.document.uri, 'the .ebextensions diagnostics', (found) => expected.every((code) => found.includes(code)));
    const invalid = vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.code === 'ebextensions/invalid-value' && d.message.includes('DeploymentPolicy'));
    assert.ok(invalid?.message.startsWith('"Rollin" is not a valid DeploymentPolicy. Did you mean "Rolling"?'), invalid?.message);
    await showDiagnosticAndScreenshot(editor, invalid!, 'ebextensions-diagnostic');

    const yaml = await openSample('ebextensions/eb-broken/.ebextensions/invalid-yaml.config');
    await diagnosticCodes(yaml.document.uri, 'a YAML syntax error', (found) => found.includes('syntax/yaml'));
    const named = await openSample('ebextensions/eb-broken/.ebextensions/settings.yml');
    await diagnosticCodes(named.document.uri, 'the file extension warning', (found) => found.includes('ebextensions/file-extension'));
  });

  it('gives no diagnostics on the valid configuration files', async () => {
    const breakages = { '01-packages.config': 'packages:', '02-options.config': 'option_settings:', '03-health.config': 'option_settings:' };
    for (const [name, key] of Object.entries(breakages)) {
      const editor = await openSample(`ebextensions/eb-app/.ebextensions/${name}`);
      await assertLintsClean(editor, { find: key, replaceWith: `x${key}`, code: 'ebextensions/unknown-key' });
    }
  });
});
