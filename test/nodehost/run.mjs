// `npm run test:node-host`: the whole workbench suite inside a real Node extension host, against
// the packaged VSIX. code-server (VS Code's server, pinned) runs the extension's `main` bundle in
// its Node extension host; Debian chromium, driven by playwright-core, is the workbench. The
// suite gets the extension under development and its tests through the workbench URL's payload
// (with `enable-smoke-test-driver`), and talks to this runner over a localhost HTTP route
// (screenshots, webview contents) whose URL it gets in its environment.
// See /work/shared/recipes/node-host-tests.md and README "Running the tests".
//
//   node test/nodehost/run.mjs [--grep PATTERN] [--timeout SECONDS] [--verbose]
//
// Under CI=true a host that cannot be installed or started fails the run; elsewhere a machine
// without the prerequisites skips it (exit 0) with a message saying what is missing.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { format } from 'node:util';
import { buildIsolatedExtension } from '../workbench/isolatedBuild.mjs';
import { serveTestRoutes, testRoutes } from '../workbench/runnerRoutes.mjs';
import { runSuiteInPage } from '../workbench/suiteSession.mjs';
import { chromiumPath, launchChromium } from '../workbench/workbenchServer.mjs';
import { createProfile, packageVsix, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { CODE_SERVER_VERSION, NODE_VERSION, ensureHost, missingInstallPrerequisites, node24 } from './hostInstall.mjs';
import { REQUIRED_SCREENSHOTS, screenshotProblems } from './screenshotCheck.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const screenshotsDir = path.join(root, 'test-results', 'node-host');
const inCi = process.env.CI === 'true';

function parseArgs(argv) {
  const options = { grep: undefined, timeoutSeconds: 900, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inlineValue] = argv[i].split(/=(.*)/s);
    const value = () => inlineValue ?? argv[++i] ?? usage(`${flag} needs a value`);
    if (flag === '--grep' || flag === '-g') options.grep = value();
    else if (flag === '--timeout') options.timeoutSeconds = Number(value());
    else if (flag === '--verbose') options.verbose = true;
    else usage(`unknown option ${argv[i]}`);
  }
  if (!(options.timeoutSeconds > 0)) usage('--timeout needs a positive number of seconds');
  return options;
}

function usage(message) {
  console.error(`test:node-host: ${message}`);
  process.exit(2);
}

/** Outside CI a machine that cannot host the run skips it; in CI that is a failure. */
function cannotRun(reasons) {
  const list = reasons.map((reason) => `  - ${reason}`).join('\n');
  if (inCi) {
    console.error(`test:node-host FAILED: the Node extension host cannot run here (CI=true):\n${list}`);
    process.exit(1);
  }
  console.log(`test:node-host SKIPPED: this machine cannot run code-server's Node extension host:\n${list}\n(under CI=true this fails the run)`);
  process.exit(0);
}

/** The extension host's start-up chatter (not the suite's), shown only with --verbose. */
const harmlessLog = [
  /^(Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|Updating additional builtin extensions cache|Ignoring fetching additional builtin extensions|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\])/,
  /ENOTFOUND open-vsx\.org/,
  /^Creation of workbench contribution '[^']*' took \d+ms\.$/,
  // The accounts menu asks for GitHub sign-in, whose built-in extension code-server starts late or never.
  /Timed out waiting for authentication provider 'github' to register/,
];

/** The end of code-server's log (it goes with the profile): why a host failed to start or died. */
function printLogTail(log) {
  const lines = readFileSync(log, 'utf8').trimEnd().split('\n');
  console.error(`--- last lines of code-server's log ---\n${lines.slice(-30).join('\n')}\n---`);
}

function removeOldScreenshots() {
  mkdirSync(screenshotsDir, { recursive: true });
  for (const file of readdirSync(screenshotsDir)) if (file.endsWith('.png')) rmSync(path.join(screenshotsDir, file));
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const missing = missingInstallPrerequisites();
  if (!existsSync(chromiumPath)) missing.push(`chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  if (missing.length) cannotRun(missing);
  try {
    ensureHost();
  } catch (error) {
    cannotRun([`code-server ${CODE_SERVER_VERSION} and Node ${NODE_VERSION} could not be installed from the npm registry: ${error.message}`]);
  }
  // Last resort if closing the browser or the server hangs after the suite's own timeout.
  setTimeout(() => {
    console.error('test:node-host: could not shut down; exiting');
    process.exit(1);
  }, (options.timeoutSeconds + 90) * 1000).unref();

  const scratch = mkdtempSync(path.join(tmpdir(), 'aws-notes-vsix-'));
  const vsix = packageVsix(scratch);
  // The suite, bundled for Node; the extension itself comes from the VSIX.
  const build = buildIsolatedExtension();
  removeOldScreenshots();
  let profile;
  let routes;
  let server;
  let browser;
  let page;
  try {
    profile = createProfile({ vsix, workspace: path.join(root, 'samples') });
    routes = await serveTestRoutes(
      testRoutes({
        options: {
          grep: options.grep,
          screenshots: true,
          host: 'node',
          nodeHost: { execPath: realpathSync(path.join(node24, 'bin', 'node')), extensionsDir: profile.extensionsDir },
        },
        screenshotsDir,
        page: () => page,
        onScreenshot: (file) => console.log(`  [screenshot] ${path.relative(root, file)}`),
      }),
    );
    server = await startCodeServer(profile, { testDriver: true });
    browser = await launchChromium();
    console.log(
      `Running the workbench suite in code-server ${CODE_SERVER_VERSION}'s Node extension host (Node ${NODE_VERSION}), ` +
        `against the packaged VSIX installed at ${profile.extensionPath}, on a copy of samples/ (${profile.workspace})`,
    );
    const url = workbenchUrl(server.origin, profile.workspace, {
      extensionPath: profile.extensionPath,
      testsPath: path.join(build.extensionPath, 'dist', 'test', 'suite', 'index.js'),
      environment: { AWS_NOTES_TEST_RUNNER: routes.url },
    });
    const code = await runSuiteInPage({
      browser,
      url,
      timeoutSeconds: options.timeoutSeconds,
      onPage: (opened) => (page = opened),
      log: (type, args, settled) => {
        const text = format(...args);
        if (!options.verbose && (settled || harmlessLog.some((pattern) => pattern.test(text)))) return;
        (console[type] ?? console.log)(text);
      },
    });
    if (code !== 0) printLogTail(server.log);
    if (code !== 0 || options.grep) return code;
    const problems = await screenshotProblems(browser, screenshotsDir);
    for (const problem of problems) console.error(`test:node-host: screenshot ${problem}`);
    if (problems.length) return 1;
    console.log(`screenshots checked (${REQUIRED_SCREENSHOTS.join(', ')}): in ${path.relative(root, screenshotsDir)}/, none blank`);
    return 0;
  } finally {
    await browser?.close().catch(() => {});
    await server?.close();
    await routes?.close();
    profile?.dispose();
    build.dispose();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    console.log(code === 0 ? 'node-host workbench tests passed (code-server, Node extension host)' : `node-host workbench tests FAILED (exit code ${code})`);
    process.exit(code);
  },
  (error) => {
    console.error('test:node-host:', error.message ?? error);
    process.exit(1);
  },
);
