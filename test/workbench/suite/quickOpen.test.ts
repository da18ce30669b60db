// Quick Open (Ctrl+P) finds the files users open most here, those under `.ebextensions/`
// included: a dot folder that file search could easily leave out.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { screenshot, waitFor } from './helpers';
import { pageElements, runnerOptions } from './runnerChannel';

describe('Quick Open', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeQuickOpen'));

  it('finds the .ebextensions configs of the samples by name', async function () {
    if (!(await runnerOptions()).host) this.skip(); // the Quick Open list is in the page: only a runner sees it
    // Search settings must not hide the folder (they are what Quick Open applies).
    const excluded = { ...vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude'), ...vscode.workspace.getConfiguration('search').get<Record<string, unknown>>('exclude') };
    assert.deepStrictEqual(Object.keys(excluded).filter((glob) => /ebextensions/.test(glob)), []);

    // Quick Open lists recently opened files first (the .ebextensions suite opens this one):
    // without that history, what it lists comes from file search alone.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.clearEditorHistory');
    await vscode.commands.executeCommand('workbench.action.quickOpen', '02-options.config');
    const rows = await waitFor(
      'Quick Open to list 02-options.config',
      async () => {
        const found = await pageElements('.quick-input-list .monaco-list-row');
        return found.some((row) => /02-options\.config/.test(row.text)) && found;
      },
      15_000,
      250,
    );
    await screenshot('quick-open-ebextensions', { waitFor: '.quick-input-list' });
    assert.ok(rows.some((row) => /02-options\.config[\s\S]*ebextensions[\\/]eb-app[\\/]\.ebextensions/.test(row.text)), rows.map((row) => row.text).join(' | '));
    assert.ok(rows.every((row) => !/recently opened/.test(row.text)), 'found by file search, not from the history');
  });
});
