import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analysisOf, lintAnalysis } from '../../src/core/analysis/analyze';
import { useCatalogFilesBesideCli } from '../../src/cli/catalogFiles';
import type { BenchContext } from '../lib/context';
import { now, summarize } from '../lib/timing';

/** The real-world corpus beside the repository (see its MANIFEST.md); the section is skipped without it. */
const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'external-iac');
const TEMPLATES = 100;

function templatesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? templatesUnder(full) : /\.(ya?ml|json|template)$/i.test(entry.name) ? [full] : [];
  });
}

/**
 * Lint of the 100 largest CloudFormation templates of the corpus: ours (parse + lint, in this
 * process, catalogs loaded) against one `cfn-lint` run over the same files when it is installed
 * (its start-up included: that is what a user waits for), and the ratio of the two.
 */
export async function corpusLintBench({ report, scale }: BenchContext): Promise<void> {
  report.startSection('corpus lint');
  const cfnFolder = path.join(CORPUS, 'cfn');
  if (!fs.existsSync(cfnFolder)) {
    report.add(`lint of the ${TEMPLATES} largest corpus templates`, null, 'ms', { note: `no corpus at ${CORPUS}` });
    return;
  }
  await useCatalogFilesBesideCli();
  const files = templatesUnder(cfnFolder)
    .map((file) => ({ file, size: fs.statSync(file).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, TEMPLATES)
    .map(({ file }) => file);
  const texts = files.map((file) => fs.readFileSync(file, 'utf8'));
  const lineCount = texts.reduce((sum, text) => sum + text.split('\n').length, 0);

  let version = 0;
  const lintAll = async (): Promise<number> => {
    const start = now();
    for (let i = 0; i < files.length; i++) {
      const analysis = analysisOf(files[i], texts[i], ++version);
      if (analysis) await lintAnalysis(analysis, {});
    }
    return now() - start;
  };
  await lintAll();
  const runs: number[] = [];
  for (let run = 0; run < scale.bigRuns; run++) runs.push(await lintAll());
  const ours = summarize(runs).median;
  report.add(`lint of the ${files.length} largest corpus templates (ours)`, ours, 'ms', { note: `${lineCount.toLocaleString('en-US')} lines; median of ${runs.length}` });

  if (spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' }).status !== 0) {
    report.add('cfn-lint on the same files', null, 'ms', { note: 'cfn-lint is not installed' });
    return;
  }
  const start = now();
  // cfn-lint exits non-zero when it finds something: only a failure to run at all counts.
  const run = spawnSync('cfn-lint', ['--format', 'parseable', '--', ...files], { cwd: CORPUS, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const theirs = now() - start;
  if (run.error) {
    report.add('cfn-lint on the same files', null, 'ms', { note: `cfn-lint did not run: ${run.error.message}` });
    return;
  }
  const cfnLintVersion = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' }).stdout.trim();
  report.add('cfn-lint on the same files', theirs, 'ms', { note: `${cfnLintVersion}, one run, wall time (machine load inflates it)` });
  report.add('cfn-lint time / our time', theirs / ours, '×', { note: 'higher: ours is faster' });
}
