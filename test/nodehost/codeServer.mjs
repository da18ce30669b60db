// A code-server of one test run: a fresh profile (user data, extensions, config) in a temporary
// folder, the packaged VSIX installed into it, and the server on a free localhost port.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { freePort } from '../workbench/freePort.mjs';
import { codeServerBin, node24Env } from './hostInstall.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The profile's settings. In the browser workbench `files.autoSave` defaults to `afterDelay`
 * (a stray keystroke would be saved); without `chat.disableAIFeatures` an agent host starts
 * and the chat side bar takes the focus.
 */
const userSettings = {
  'workbench.startupEditor': 'none',
  'files.autoSave': 'off',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'workbench.tips.enabled': false,
};

/**
 * A fresh profile with `vsix` installed and a copy of `workspace` (tests and typing write to
 * it), or `workspace` itself with `copy: false` (npm start: the user's edits are saved there).
 * Returns { dir, workspace, extensionsDir, extensionPath, dispose() }.
 */
export function createProfile({ vsix, workspace, copy = true }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'aws-notes-node-host-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  const extensionsDir = path.join(dir, 'ext');
  mkdirSync(path.join(dir, 'data', 'User'), { recursive: true });
  mkdirSync(extensionsDir);
  writeFileSync(path.join(dir, 'data', 'User', 'settings.json'), `${JSON.stringify(userSettings, null, 2)}\n`);
  try {
    execFileSync(codeServerBin, [...profileArgs(dir), '--install-extension', vsix], { env: node24Env(), stdio: 'pipe' });
  } catch (error) {
    dispose();
    throw new Error(`code-server could not install ${vsix}: ${error.stderr ?? error.message}`);
  }
  const installed = readdirSync(extensionsDir).filter((name) => name.startsWith('aws-notes.aws-notes-'));
  if (installed.length !== 1) {
    dispose();
    throw new Error(`the VSIX did not install into ${extensionsDir} (found ${JSON.stringify(readdirSync(extensionsDir))})`);
  }
  let served = workspace;
  if (copy) {
    served = path.join(dir, 'ws');
    cpSync(workspace, served, { recursive: true });
  }
  return { dir, workspace: served, extensionsDir, extensionPath: path.join(extensionsDir, installed[0]), dispose };
}

/** `npm run package` (build, then vsce) into `dir`: the VSIX exactly as users get it. */
export function packageVsix(dir) {
  const vsix = path.join(dir, 'aws-notes.vsix');
  execFileSync('npm', ['run', '--silent', 'package', '--', '--out', vsix], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return vsix;
}

/** `--config` too: without it the first run writes ~/.config/code-server/config.yaml. */
function profileArgs(dir) {
  return ['--config', path.join(dir, 'config.yaml'), '--user-data-dir', path.join(dir, 'data'), '--extensions-dir', path.join(dir, 'ext')];
}

/**
 * Starts code-server on `profile`. `testDriver` adds `enable-smoke-test-driver`: the workbench
 * then reads the URL payload (extension under development, its tests) and skips dialogs — for
 * test servers only. Resolves to { origin, log, close() } once /healthz answers.
 */
export async function startCodeServer(profile, { port, host = '127.0.0.1', testDriver = false, auth = 'none' } = {}) {
  const listenPort = port ?? (await freePort(host));
  const log = path.join(profile.dir, 'server.log');
  const args = [
    ...profileArgs(profile.dir),
    '--bind-addr', `${host}:${listenPort}`,
    '--auth', auth,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    // The default is 3 h: each closed page would leave its extension host running that long.
    '--reconnection-grace-time', '10',
    ...(testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    profile.workspace,
  ];
  const out = openSync(log, 'a');
  // EXTENSIONS_GALLERY='{}': no gallery, so nothing asks open-vsx.org.
  const server = spawn(codeServerBin, args, { env: node24Env({ EXTENSIONS_GALLERY: '{}' }), stdio: ['ignore', out, out] });
  let exited;
  const exit = new Promise((resolve) => server.once('exit', (code, signal) => resolve((exited = { code, signal }))));
  const origin = `http://${host}:${listenPort}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited (${exited.code ?? exited.signal}) before it listened; see ${log}`);
    if (await fetch(`${origin}/healthz`).then((response) => response.ok, () => false)) break;
    if (Date.now() > deadline) {
      server.kill();
      throw new Error(`code-server did not answer ${origin}/healthz within 60 s; see ${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    log,
    /** SIGTERM to the wrapper ends the whole tree (1-6 s, file watchers last). */
    close: async () => {
      if (!exited) server.kill('SIGTERM');
      await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (!exited) server.kill('SIGKILL');
    },
  };
}

/** The workbench URL of `folder`; with `tests`, the payload that makes it an Extension Development Host. */
export function workbenchUrl(origin, folder, tests) {
  const params = new URLSearchParams({ folder });
  if (tests) {
    const remote = (file) => `vscode-remote://${new URL(origin).host}${file}`;
    params.set(
      'payload',
      JSON.stringify([
        ['extensionDevelopmentPath', remote(tests.extensionPath)],
        ['extensionTestsPath', remote(tests.testsPath)],
        ['extensionEnvironment', JSON.stringify(tests.environment)],
      ]),
    );
  }
  return `${origin}/?${params}`;
}
