import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, screenshot } from './helpers';

describe('activation', () => {
  it('the extension is installed in the workbench and activates without error', async () => {
    const extension = await activateExtension();
    assert.strictEqual(extension.isActive, true);
    assert.strictEqual(extension.packageJSON.displayName, 'AWS Notes');
  });

  it('the samples/ folder is the open workspace', async () => {
    assert.strictEqual(vscode.workspace.workspaceFolders?.length, 1);
    await screenshot('workbench');
  });
});
