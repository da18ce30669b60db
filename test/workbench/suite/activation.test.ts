import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, sampleUri, screenshot, waitFor } from './helpers';

describe('activation', () => {
  it('the extension is installed in the workbench and activates without error', async () => {
    const extension = await activateExtension();
    assert.strictEqual(extension.isActive, true);
    assert.strictEqual(extension.packageJSON.displayName, 'AWS Notes');
  });

  it('the samples/ folder is the open workspace, with its settings applied', async () => {
    assert.strictEqual(vscode.workspace.workspaceFolders?.length, 1);
    await vscode.workspace.fs.stat(sampleUri('.vscode/settings.json'));
    // The mount's file system provider registers after the workbench first tries to read
    // the settings, so they apply a moment after startup: wait for them, don't read at once.
    await waitFor('samples/.vscode/settings.json to be applied', () =>
      vscode.workspace.getConfiguration('awsNotes').inspect('notesFiles')?.workspaceValue !== undefined,
    );
    await screenshot('workbench', { waitFor: '.explorer-folders-view .monaco-list-row' });
  });
});
