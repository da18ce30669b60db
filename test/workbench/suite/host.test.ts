// Which extension host the suite really ran in: the runner says which one it started, and these
// checks fail if the extension under test ran anywhere else (the web bundle in a web worker
// instead of the packaged `main` bundle in a Node host, or the reverse).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';
import { runnerOptions } from './runnerChannel';

describe('extension host', () => {
  it('is the one the runner started', async function () {
    const runner = await runnerOptions();
    if (!runner.host) this.skip(); // test:desktop: no runner to say which host it started
    const extension = await activateExtension();
    if (runner.host === 'web') {
      assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.UI);
      assert.match(extension.extensionUri.scheme, /^https?$/);
      return;
    }
    const nodeHost = runner.nodeHost;
    assert.ok(nodeHost, 'the Node-host runner names its Node and extensions folder');
    assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.Workspace);
    assert.strictEqual(process.execPath, nodeHost.execPath);
    // The packaged extension: the folder the VSIX was installed to, its `main` bundle loaded by Node.
    assert.strictEqual(extension.extensionUri.scheme, 'file');
    assert.ok(
      extension.extensionPath.startsWith(`${nodeHost.extensionsDir}/`),
      `${extension.extensionPath} is the installed VSIX under ${nodeHost.extensionsDir}`,
    );
    const main = `${extension.extensionPath}/dist/extension.js`;
    assert.strictEqual(extension.packageJSON.main, './dist/extension.js');
    assert.ok(Object.keys(require.cache).includes(main), `${main} is in require.cache`);
  });
});
