import * as assert from 'assert';
import * as vscode from 'vscode';
import { assertLintsClean, completionLabels, diagnosticCodes, hoverText, positionOf } from './cloudformation.test';
import { closeAllEditors, openSample, waitFor } from './helpers';
import { showDiagnosticAndScreenshot, showHoverAndScreenshot } from './iacScreens';

describe('CodeDeploy AppSpec in the editor', () => {
  afterEach(closeAllEditors);

  it('hovers a hook with its lifecycle position, the docs link and "Your notes"', async () => {
    const editor = await openSample('appspec/ec2/appspec.yml');
    const position = positionOf(editor.document, 'BeforeInstall:', 3);
    const text = await waitFor('a hover with notes', async () => {
      const markdown = await hoverText(editor.document, position);
      return markdown.includes('Your notes') && markdown;
    });
    assert.ok(text.includes('**4 of 9** in an in-place deployment — after `DownloadBundle`, before `Install`'), text);
    assert.ok(text.includes('[AWS documentation](https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html'), text);
    assert.ok(text.includes('back up the current version and decrypt secrets'), text);
    assert.ok(/\(command:awsNotes\.openNote\?[^)]*iac-notes\.txt/.test(decodeURIComponent(text)), 'the note links to its line');
    await showHoverAndScreenshot(editor, position, 'appspec-hover');
  });

  it('completes the unused hooks in lifecycle order under `hooks:`, and os values', async () => {
    const editor = await openSample('appspec/ec2/appspec.yml');
    const end = positionOf(editor.document, '      timeout: 300\n', 19, 2);
    await editor.edit((edit) => edit.insert(end, '  \n'));
    try {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end.translate(0, 2));
      const hooks = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Event).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
      assert.deepStrictEqual(hooks.map((item) => item.label), ['BeforeBlockTraffic', 'AfterBlockTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic']);
      assert.ok(hooks[0].insertText instanceof vscode.SnippetString && hooks[0].insertText.value.includes('location: ${1:scripts/before_block_traffic.sh}'));
    } finally {
      await vscode.commands.executeCommand('undo');
    }
    const os = await completionLabels(editor.document, positionOf(editor.document, 'os: linux', 4));
    assert.ok(os.includes('linux') && os.includes('windows'), os.join(', '));
  });

  it('reports the mistakes of a broken appspec', async () => {
    const editor = await openSample('appspec/broken/appspec.yml');
    const expected = ['appspec/version', 'appspec/os', 'appspec/file-exists-behavior', 'appspec/timeout', 'appspec/hook-order', 'appspec/missing-script', 'appspec/reserved-hook', 'appspec/unknown-hook', 'appspec/hook-not-on-platform', 'appspec/event-timeout'];
    const codes = await diagnosticCodes(editor.document.uri, 'the appspec diagnostics', (found) => expected.every((code) => found.includes(code)));
    assert.ok(codes.filter((code) => code === 'appspec/missing-script').length === 6, 'scripts/configure.sh exists beside the file; the other six do not');
    const unknown = vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.code === 'appspec/unknown-hook');
    assert.strictEqual(unknown?.message, 'Unknown lifecycle event "BeforInstall". Did you mean "BeforeInstall"?');
    assert.strictEqual(unknown?.severity, vscode.DiagnosticSeverity.Error);
    const order = vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.code === 'appspec/hook-order');
    assert.strictEqual(order?.severity, vscode.DiagnosticSeverity.Information);
    await showDiagnosticAndScreenshot(editor, unknown!, 'appspec-diagnostic');
  });

  it('re-checks missing scripts when a script is created or deleted', async () => {
    const editor = await openSample('appspec/broken/appspec.yml');
    const missingScripts = (codes: string[]) => codes.filter((code) => code === 'appspec/missing-script').length;
    await diagnosticCodes(editor.document.uri, 'six missing scripts', (codes) => missingScripts(codes) === 6);
    const script = vscode.Uri.joinPath(editor.document.uri, '..', 'scripts', 'missing.sh');
    const create = new vscode.WorkspaceEdit();
    create.createFile(script, { ignoreIfExists: true, contents: new TextEncoder().encode('#!/bin/sh\n') });
    assert.ok(await vscode.workspace.applyEdit(create), 'created scripts/missing.sh');
    try {
      await diagnosticCodes(editor.document.uri, 'five missing scripts once missing.sh exists', (codes) => missingScripts(codes) === 5);
    } finally {
      const remove = new vscode.WorkspaceEdit();
      remove.deleteFile(script, { ignoreIfNotExists: true });
      await vscode.workspace.applyEdit(remove);
    }
    await diagnosticCodes(editor.document.uri, 'six missing scripts again once it is deleted', (codes) => missingScripts(codes) === 6);
  });

  it('gives no diagnostics on the valid EC2, ECS and Lambda samples', async () => {
    for (const sample of ['ec2', 'ecs', 'lambda']) {
      const editor = await openSample(`appspec/${sample}/appspec.yml`);
      await assertLintsClean(editor, { find: 'version: 0.0', replaceWith: 'version: 0.1', code: 'appspec/version' });
    }
  });

  it('offers file skeletons in a new file and the statement skeleton under Statement, not in values', async () => {
    const snippetLabels = async (document: vscode.TextDocument, position: vscode.Position) => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
      return list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    };
    const empty = await vscode.workspace.openTextDocument({ language: 'yaml', content: '' });
    await vscode.window.showTextDocument(empty);
    const inNewFile = await snippetLabels(empty, new vscode.Position(0, 0));
    for (const prefix of ['appspec-ec2', 'appspec-ecs', 'appspec-lambda', 'ebextensions', 'cfn']) assert.ok(inNewFile.includes(prefix), `${prefix} in ${inNewFile.join(', ')}`);
    assert.ok(!inNewFile.includes('iam-statement'), inNewFile.join(', '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    const policy = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'Version: "2012-10-17"\nStatement:\n  - \n' });
    await vscode.window.showTextDocument(policy);
    assert.deepStrictEqual(await snippetLabels(policy, new vscode.Position(2, 4)), ['iam-statement']);
    assert.deepStrictEqual(await snippetLabels(policy, new vscode.Position(0, 9)), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    const editor = await openSample('appspec/ec2/appspec.yml');
    const value = positionOf(editor.document, 'version: 0.0', 9);
    assert.deepStrictEqual(await snippetLabels(editor.document, value), []);
  });

  it('clears the diagnostics of a file when it is closed', async () => {
    const editor = await openSample('appspec/broken/appspec.yml');
    const uri = editor.document.uri;
    await diagnosticCodes(uri, 'diagnostics of the open file', (found) => found.length > 0);
    await closeAllEditors();
    await waitFor('no diagnostics once the file is closed', () => vscode.languages.getDiagnostics(uri).length === 0, 20_000);
    await openSample('appspec/broken/appspec.yml');
    await diagnosticCodes(uri, 'the diagnostics back when the file is shown again', (found) => found.includes('appspec/reserved-hook'));
  });

  it('awsNotes.appspec.enable turns the family off', async () => {
    const editor = await openSample('appspec/ec2/appspec.yml');
    const position = positionOf(editor.document, 'BeforeInstall:', 3);
    const settings = vscode.workspace.getConfiguration('awsNotes');
    await settings.update('appspec.enable', false, vscode.ConfigurationTarget.Global);
    try {
      assert.strictEqual(await hoverText(editor.document, position), '');
    } finally {
      await settings.update('appspec.enable', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.ok((await hoverText(editor.document, position)).includes('4 of 9'));
  });
});
