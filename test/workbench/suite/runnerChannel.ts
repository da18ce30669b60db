// How the suite, inside the workbench's extension host, talks to its runner.
// Web (run.mjs): the extension host is a web worker; it cannot see the page, and files the
// runner writes into the mounted folder are not seen either (the mount caches directory
// listings). But it can fetch from the test server, whose origin is that of the extension under
// development (`/static/devextensions`); run.mjs answers under /__aws-notes-test/ there.
// Node host (test/nodehost/run.mjs): the extension is a `file:` folder of code-server, so the
// runner serves the same routes on a localhost port of its own and passes their URL in the
// extension host's environment (AWS_NOTES_TEST_RUNNER).
import * as vscode from 'vscode';

export const extensionId = 'aws-notes.aws-notes';

export interface RunnerOptions {
  /** Only tests whose full title matches this pattern run (mocha --grep). */
  grep?: string;
  /** Whether the runner takes the screenshots that tests request. */
  screenshots: boolean;
  /** Which extension host the runner started; absent when no runner says (test:desktop). */
  host?: 'web' | 'node';
  /** Node host only: what the runner installed, for the tests that check it really ran there. */
  nodeHost?: {
    /** The Node that runs code-server (and so its extension host). */
    readonly execPath: string;
    /** The profile's extensions folder, where the packaged VSIX was installed. */
    readonly extensionsDir: string;
  };
}

/** The runner's URL for `route`, or undefined without a runner (desktop). */
function runnerUrl(route: string): string | undefined {
  // `process` is the browser shim in the web bundle (empty env), Node's own in a Node host.
  const fromEnvironment = process.env.AWS_NOTES_TEST_RUNNER;
  if (fromEnvironment) return `${fromEnvironment}${route}`;
  const extensionUri = vscode.extensions.getExtension(extensionId)?.extensionUri;
  if (!extensionUri || !/^https?$/.test(extensionUri.scheme)) return undefined;
  return `${extensionUri.scheme}://${extensionUri.authority}/__aws-notes-test/${route}`;
}

async function fetchRunner(route: string): Promise<Response> {
  const url = runnerUrl(route);
  if (!url) throw new Error(`no test runner to ask for ${route}`);
  const response = await fetch(url);
  if (!response.ok) {
    const { error } = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(`test runner answered ${response.status} to ${route}: ${error ?? 'no reason given'}`);
  }
  return response;
}

/** Options from the runner; on desktop (no runner server) from the environment instead. */
export async function runnerOptions(): Promise<RunnerOptions> {
  if (!runnerUrl('options')) {
    return { grep: process.env.AWS_NOTES_TEST_GREP || undefined, screenshots: false };
  }
  return (await (await fetchRunner('options')).json()) as RunnerOptions;
}

/**
 * Asks the runner to screenshot the page into test-results/<name>.png, first waiting until an
 * element matching `visibleSelector` (CSS, in the workbench page) is visible, if given.
 * Resolves once the file is written.
 */
export async function requestScreenshot(name: string, visibleSelector?: string): Promise<void> {
  const selector = visibleSelector ? `&waitFor=${encodeURIComponent(visibleSelector)}` : '';
  await fetchRunner(`screenshot?name=${encodeURIComponent(name)}${selector}`);
}

/** One webview document in the workbench page, as the runner sees it (see run.mjs webviewDocuments). */
export interface WebviewDocument {
  readonly url: string;
  readonly title: string;
  /** `document.body.dataset.pwned`: set only if a hostile note's script or handler ran. */
  readonly pwned: string | null;
  /** Outer HTML (cut short) of the scripts, images, frames, SVGs and links in the document. */
  readonly elements: readonly string[];
  readonly text: string;
}

/** The webview documents of the page now; empty without a runner (desktop). */
export async function webviewDocuments(): Promise<WebviewDocument[]> {
  if (!runnerUrl('webviews')) return [];
  return ((await (await fetchRunner('webviews')).json()) as { documents: WebviewDocument[] }).documents;
}

/** An element of the workbench page, as the runner sees it (see runnerRoutes.mjs pageElements). */
export interface PageElement {
  readonly text: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** The workbench page's elements matching a CSS selector now; empty without a runner (desktop). */
export async function pageElements(selector: string): Promise<PageElement[]> {
  if (!runnerUrl('elements')) return [];
  return ((await (await fetchRunner(`elements?selector=${encodeURIComponent(selector)}`)).json()) as { elements: PageElement[] }).elements;
}

/**
 * Clicks the workbench page's first element matching a CSS selector, as the user would: a
 * command run that way goes through the workbench (which an `executeCommand` from the extension
 * host does not when the command is the extension's own).
 */
export async function clickInPage(selector: string): Promise<void> {
  await fetchRunner(`click?selector=${encodeURIComponent(selector)}`);
}
