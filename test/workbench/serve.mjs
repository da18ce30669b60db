// `npm start`: serves VS Code with the extension and samples/ open as the workspace, until
// Ctrl-C, and prints one URL: the one to open.
//
//   node test/workbench/serve.mjs [--port N] [--host H] [--node-host]
//
// By default VS Code for the Web (test-web, the extension from dist/, built by the npm script
// just before): quick to start, but its folder mount keeps edits in the browser's memory only.
// --node-host: code-server with the packaged VSIX in its Node extension host, serving samples/
// itself, so edits are saved to samples/ on disk (installs code-server once, like test:node-host).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createProfile, packageVsix, startCodeServer } from '../nodehost/codeServer.mjs';
import { ensureHost, missingInstallPrerequisites } from '../nodehost/hostInstall.mjs';
import { startWorkbenchServer } from './workbenchServer.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const samples = path.join(root, 'samples');

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const port = Number(option('--port', process.env.PORT ?? 3000));
const nodeHost = process.argv.includes('--node-host');
const host = option('--host', nodeHost ? '127.0.0.1' : 'localhost');

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** code-server on samples/ itself; resolves to { url, close() }. */
async function serveNodeHost() {
  // code-server runs with --auth none: anyone who reaches it has a terminal on this machine.
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) fail(`--node-host serves on this machine only (--host ${host} refused: it has no password).`);
  const missing = missingInstallPrerequisites();
  if (missing.length) fail(`--node-host needs: ${missing.join('; ')}`);
  ensureHost();
  const scratch = mkdtempSync(path.join(tmpdir(), 'aws-notes-start-'));
  const profile = createProfile({ vsix: packageVsix(scratch), workspace: samples, copy: false });
  const server = await startCodeServer(profile, { port, host: host === 'localhost' ? '127.0.0.1' : host });
  return {
    url: `${server.origin}/?folder=${encodeURIComponent(samples)}`,
    close: async () => {
      await server.close();
      profile.dispose();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

const server = await (nodeHost ? serveNodeHost() : startWorkbenchServer({ port, host })).catch((error) => {
  fail(`Could not serve on ${host}:${port}: ${error.message}. Try --port N.`);
});
console.log(
  nodeHost
    ? `\nAWS Notes in code-server (Node extension host, the packaged VSIX): open ${server.url}\n` +
        '(samples/ is the workspace: edits are saved to it on disk. After a change, restart npm start -- --node-host. Ctrl-C stops)'
    : `\nAWS Notes in VS Code for the Web: open ${server.url}\n` +
        '(samples/ is the workspace, read-only in effect: edits stay in the browser and vanish on reload. After a change, npm run build and reload. Ctrl-C stops)',
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close().then(() => process.exit(0)));
}
