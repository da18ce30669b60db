// What users of any extension expect: a log with levels and a command to show it, an icon, and
// the shell's strings in an l10n bundle, all in the extension as installed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, waitFor } from './helpers';
import { notesApi } from './notesApi';
import { pageElements, runnerOptions } from './runnerChannel';

async function extensionFile(...segments: string[]): Promise<Uint8Array> {
  const extension = await activateExtension();
  return vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, ...segments));
}

describe('conventions: log, Show Log, icon, l10n bundle', () => {
  it('the "AWS Notes" output channel is a log with levels, and "AWS Notes: Show Log" shows it', async () => {
    const { notes } = await notesApi();
    // Only a LogOutputChannel has a level (the user sets it in the Output view).
    assert.strictEqual(typeof notes.output.logLevel, 'number');
    assert.strictEqual(typeof notes.output.onDidChangeLogLevel, 'function');
    // The editor draws only the lines on screen, and after the whole suite the log is long: clear it
    // first, so the fresh line is on screen however far the view is scrolled.
    notes.output.clear();
    const line = `conventions test ${Date.now()}`;
    notes.log(line);
    await vscode.commands.executeCommand('awsNotes.showLog');
    if (!(await runnerOptions()).host) return; // the Output view is in the page: only a runner sees it
    await waitFor(
      'the AWS Notes log in the Output view',
      // The editor draws spaces as no-break spaces: \s matches both.
      async () => (await pageElements('.part.panel[data-active-composite="workbench.panel.output"]')).some((panel) => /\[info\]\s+conventions\s+test\s+\d+/.test(panel.text)),
      10_000,
      250,
    );
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('has a 128×128 PNG icon', async () => {
    const extension = await activateExtension();
    const png = await extensionFile(extension.packageJSON.icon as string);
    assert.deepStrictEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], 'PNG signature');
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    assert.deepStrictEqual({ width: view.getUint32(16), height: view.getUint32(20) }, { width: 128, height: 128 });
  });

  it('ships the l10n bundle of the shell\'s strings where package.json says', async () => {
    const extension = await activateExtension();
    const bundle = JSON.parse(new TextDecoder().decode(await extensionFile(extension.packageJSON.l10n as string, 'bundle.l10n.json'))) as Record<string, string>;
    assert.ok('Choose Your Notes Files…' in bundle, 'the Notes view\'s offer is localizable');
    assert.ok('Indexed {0} facts from {1} notes file(s) in {2} ms.' in bundle, 'the log\'s lines are localizable');
  });
});
