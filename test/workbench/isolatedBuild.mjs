// Builds the extension and the test suite into a private folder for one test run. Several
// people share this working tree: a `npm run build` beside a running suite would rewrite
// dist/ while the workbench loads it (seen: "SyntaxError: Unexpected token" on activation).
// The folder holds its own dist/ and links to everything else of the extension.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Not linked: built here, or nothing the extension reads at run time. */
const notLinked = new Set(['dist', 'node_modules', '.git', 'test-results', '.vscode-test', '.vscode-test-web']);

/**
 * Returns { extensionPath, dispose() }: a folder laid out like the repository, with fresh
 * bundles (product and suite, `esbuild.config.mjs --tests`). Exits the process on a build error.
 */
export function buildIsolatedExtension() {
  const extensionPath = mkdtempSync(path.join(tmpdir(), 'aws-notes-test-'));
  for (const entry of readdirSync(root)) {
    if (!notLinked.has(entry)) symlinkSync(path.join(root, entry), path.join(extensionPath, entry));
  }
  const dispose = () => rmSync(extensionPath, { recursive: true, force: true });
  try {
    execFileSync(process.execPath, [path.join(root, 'esbuild.config.mjs'), '--tests', `--out=${extensionPath}`], {
      cwd: root,
      stdio: 'inherit',
    });
  } catch {
    dispose();
    console.error('the build failed (esbuild errors above)');
    process.exit(1);
  }
  return { extensionPath, dispose };
}
