// Shared helpers for workbench tests: they drive the real VS Code API, never a mock.
import * as vscode from 'vscode';
import { extensionId, requestScreenshot, runnerOptions } from './runnerChannel';

/**
 * Polls `probe` until it returns something other than undefined/false, and returns that.
 * Fails with `what` in the message after `timeoutMs`, so a broken feature fails the test
 * with a reason instead of hanging the run.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 10_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The extension under test, activated; its exports (if any) are `extension.exports`. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`extension ${extensionId} is not installed in the workbench`);
  await extension.activate();
  return extension;
}

/** URI of a file in the mounted `samples/` workspace folder, e.g. sampleUri('appspec.yml'). */
export function sampleUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder: the runner mounts samples/');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

/** Opens a file of `samples/` in an editor and returns the editor. */
export async function openSample(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(sampleUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/** Closes every editor, so a test starts from an empty editor area. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

let screenshotsEnabled: Promise<boolean> | undefined;

export interface ScreenshotOptions {
  /**
   * CSS selector of an element of the workbench page to wait for (visible, up to 10 s) before
   * the shot, e.g. '.monaco-hover' or '.quick-input-widget': what the extension host cannot
   * see itself. The runner waits for the page to paint in any case.
   */
  waitFor?: string;
}

/**
 * Saves a PNG of the whole workbench page as test-results/<name>.png (when the runner was
 * started with --screenshots; otherwise returns at once). Resolves after the file is written,
 * so the UI can be changed right after.
 */
export async function screenshot(name: string, options: ScreenshotOptions = {}): Promise<void> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be a plain file name: ${name}`);
  screenshotsEnabled ??= runnerOptions().then((runner) => runner.screenshots);
  if (await screenshotsEnabled) await requestScreenshot(name, options.waitFor);
}
