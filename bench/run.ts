/**
 * `npm run bench`: the product's performance figures against its budgets (issue 6), printed as
 * one table and written to bench/results.json. Inputs are generated from fixed seeds. Options:
 * `--quick` (fewer repetitions), `--only=notes,lookup,templates,activation` (some sections).
 * A measurement, not a test: nothing here fails the build.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { readPack } from './inputs/packNotes';
import type { BenchContext, Scale } from './lib/context';
import { collectGarbage } from './lib/memory';
import { Report } from './lib/report';
import { now } from './lib/timing';
import { activationBench } from './sections/activationBench';
import { corpusLintBench } from './sections/corpusLintBench';
import { lookupBench } from './sections/lookupBench';
import { notesBench } from './sections/notesBench';
import { notesCheckBench } from './sections/notesCheckBench';
import { quizStatsBench } from './sections/quizStatsBench';
import { templatesBench } from './sections/templatesBench';

const FULL: Scale = { smallRuns: 15, bigRuns: 5, queries: 300, rounds: 5 };
const QUICK: Scale = { smallRuns: 3, bigRuns: 1, queries: 60, rounds: 1 };

async function main(): Promise<void> {
  const started = now();
  const report = new Report();
  const context: BenchContext = { report, pack: readPack(), scale: process.argv.includes('--quick') ? QUICK : FULL };
  const sections: Record<string, (context: BenchContext) => unknown> = { notes: notesBench, lookup: lookupBench, templates: templatesBench, activation: activationBench, corpus: corpusLintBench, quizStats: quizStatsBench, notesCheck: notesCheckBench };
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
  for (const [name, section] of Object.entries(sections)) {
    if (only && !only.includes(name)) continue;
    collectGarbage();
    await section(context);
  }
  const seconds = (now() - started) / 1000;
  console.log(report.table());
  const missed = report.missed();
  console.log(`\n${missed.length === 0 ? 'Every budget holds.' : `${missed.length} budget(s) missed: ${missed.map((figure) => figure.name).join('; ')}.`} Ran in ${seconds.toFixed(0)} s.`);
  const [load1] = os.loadavg();
  report.write(path.join(__dirname, 'results.json'), {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    loadAverageAtEnd: Number(load1.toFixed(2)),
    seconds: Math.round(seconds),
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
