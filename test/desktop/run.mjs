// `npm run test:desktop`: the same workbench suite in desktop VS Code (Node extension host,
// the `main` bundle), through @vscode/test-electron. It downloads VS Code into .vscode-test/,
// so it needs the network — or an installed VS Code given by VSCODE_EXECUTABLE=/path/to/code.
// Offline it fails fast with a clear message. Screenshots are a web-runner feature only.
//
//   node test/desktop/run.mjs [--grep PATTERN]
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { buildIsolatedExtension } from '../workbench/isolatedBuild.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const grepIndex = process.argv.indexOf('--grep');
const grep = grepIndex >= 0 ? process.argv[grepIndex + 1] : undefined;

async function vscodeExecutable() {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  try {
    // An idle timeout, so an offline machine fails in seconds instead of hanging.
    return await downloadAndUnzipVSCode({ version: 'stable', timeout: 15_000 });
  } catch (error) {
    throw new Error(
      `could not download VS Code (${error.message ?? error}). test:desktop needs the network, ` +
        'or VSCODE_EXECUTABLE=/path/to/code. Offline, use `npm run test:workbench` (the same suite in VS Code for the Web).',
    );
  }
}

const build = buildIsolatedExtension();
try {
  await runTests({
    vscodeExecutablePath: await vscodeExecutable(),
    extensionDevelopmentPath: build.extensionPath,
    extensionTestsPath: path.join(build.extensionPath, 'dist/test/suite/index.js'),
    extensionTestsEnv: grep ? { AWS_NOTES_TEST_GREP: grep } : {},
    // samples/ as the workspace, like the web runner; no other extensions to interfere.
    launchArgs: [path.join(root, 'samples'), '--disable-extensions', '--disable-workspace-trust'],
  });
  console.log('desktop workbench tests passed');
} catch (error) {
  console.error(`test:desktop failed: ${error.message ?? error}`);
  process.exitCode = 1;
} finally {
  build.dispose();
}
