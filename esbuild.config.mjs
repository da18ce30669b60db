// Builds every bundle: the extension for desktop (Node) and for the web (browser), and the CLI.
// `node esbuild.config.mjs [--watch]`. Tests bundles are added by the test harness below.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
// `--out=DIR` writes dist/ under DIR instead of here: the workbench test runner builds into a
// folder of its own, so a build running beside it cannot swap files under the workbench.
const outRoot = process.argv.find((arg) => arg.startsWith('--out='))?.slice('--out='.length) ?? '.';

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  sourcemap: true,
  minify: !watch,
  logLevel: 'warning',
  external: ['vscode'],
  target: 'es2022',
  // jsonc-parser's `main` is a UMD build whose internal requires esbuild cannot follow (the
  // bundle throws "Cannot find module './impl/format'"); its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  // Desktop VS Code: Node extension host.
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs' },
  // VS Code for the Web: a web worker extension host; no Node built-ins may slip in.
  {
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
  },
  // The CLI on the same core, for scripts and CI.
  {
    ...common,
    minify: false,
    external: [],
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
];

// `--tests` (used by test/workbench/run.mjs and test/desktop/run.mjs) adds the workbench test
// suite, bundled like the extension: for the web extension host and for the Node one.
const testSuite = { ...common, minify: false, entryPoints: ['test/workbench/suite/index.ts'] };
if (process.argv.includes('--tests')) {
  builds.push(
    {
      ...testSuite,
      outfile: 'dist/web/test/suite/index.js',
      platform: 'browser',
      format: 'cjs',
      mainFields: ['browser', 'module', 'main'],
      inject: ['test/workbench/process-shim.js'],
    },
    { ...testSuite, outfile: 'dist/test/suite/index.js', platform: 'node', format: 'cjs' },
  );
}

// Catalog data the extension and the CLI read at runtime instead of bundling it (~1 MB of JSON):
// copied to dist/catalog/, see src/core/catalog/lazyData.ts.
const CATALOG_FILES = ['src/core/catalog/cloudformation/resource-types.json', 'src/core/catalog/iam/condition-keys.json'];
const catalogDir = path.join(outRoot, 'dist/catalog');
fs.mkdirSync(catalogDir, { recursive: true });
for (const file of CATALOG_FILES) fs.copyFileSync(file, path.join(catalogDir, path.basename(file)));
// The notes check's claims (src/core/claims/*.data.ts, ~60 KB minified) ship there as JSON as well,
// so the extension bundles do not carry them (the CLI bundles them). Written once per build.
const claimsBuild = await esbuild.build({ entryPoints: ['src/core/claims/catalog.ts'], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'warning' });
const { CLAIMS } = await import(`data:text/javascript;base64,${Buffer.from(claimsBuild.outputFiles[0].text).toString('base64')}`);
fs.writeFileSync(path.join(catalogDir, 'claims.json'), JSON.stringify(CLAIMS));
for (const options of builds) options.outfile = path.join(outRoot, options.outfile);

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
