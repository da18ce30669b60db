/**
 * `npm run eval`: the quality of what the product puts in front of a learner, measured on
 * labelled sets (relevance of the notes shown, precision of the notes check, …) and printed as
 * one table. A measurement, not a test: a missed target is reported, the exit code stays 0.
 * `--only=NAME,NAME` runs some sections (names are the keys of `SECTIONS`).
 */
import { formatEvalTable, missedFigures, type EvalSection } from './lib/evalReport';
import { notesCheckSection } from './sections/notesCheck';
import { examDomainsEval } from './sections/examDomains';
import { relevanceSection } from './sections/relevance';
import { corpusLintEval } from './sections/corpusLint';
import { precisionSection } from './sections/precision';

/** Each labelled set adds one entry: its name and a function that measures it. */
const SECTIONS: Record<string, () => Promise<readonly EvalSection[]> | readonly EvalSection[]> = {
  notesCheck: notesCheckSection,
  examDomains: examDomainsEval,
  relevance: relevanceSection,
  corpusLint: corpusLintEval,
  precision: precisionSection,
};

async function main(): Promise<void> {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
  const sections: EvalSection[] = [];
  for (const [name, measure] of Object.entries(SECTIONS)) {
    if (only && !only.includes(name)) continue;
    sections.push(...(await measure()));
  }
  console.log(formatEvalTable(sections));
  const missed = missedFigures(sections);
  console.log(`\n${missed.length === 0 ? 'Every target met.' : `${missed.length} target(s) missed: ${missed.join('; ')}.`}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
