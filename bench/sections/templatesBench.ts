import { analysisOf, completionsAt, hoverAt, lintAnalysis, type Analysis } from '../../src/core/analysis/analyze';
import type { Position } from '../../src/core/analysis/types';
import { useCatalogFilesBesideCli } from '../../src/cli/catalogFiles';
import { appspecFile, cloudFormationTemplate, ebextensionsFile, type TemplateInput } from '../inputs/templates';
import type { BenchContext } from '../lib/context';
import { Random } from '../lib/random';
import { now, summarize, timeCalls, timeOnce } from '../lib/timing';

/** Positions asked per template: a hover and a completion at each (fewer in the 50,000-line one, slow to answer). */
const POSITIONS = 200;
const BIG_POSITIONS = 40;
const LINT_CONTEXT = { fileExists: async () => true };

/**
 * The IaC analysis (`src/core/analysis`): CloudFormation YAML of 500 / 5,000 / 50,000 lines, an
 * appspec and an .ebextensions config. First analysis = parse + family + lint (what opening
 * the file costs); hover and completion on the analysed version, as the editor asks them.
 */
export async function templatesBench({ report, scale }: BenchContext): Promise<void> {
  report.startSection('templates');
  const catalogLoad = now();
  await useCatalogFilesBesideCli();
  report.add('catalog JSON load (first CloudFormation or IAM use)', now() - catalogLoad, 'ms');

  const random = new Random(31);
  const inputs: TemplateInput[] = [
    ...[500, 5_000, 50_000].map((lines) => ({ label: `${lines.toLocaleString('en-US')}-line template`, fileName: `/w/stack-${lines}.yaml`, text: cloudFormationTemplate(lines, random) })),
    { label: 'appspec.yml', fileName: '/w/appspec.yml', text: appspecFile(random) },
    { label: '.ebextensions config', fileName: '/w/.ebextensions/app.config', text: ebextensionsFile(random) },
  ];
  for (const input of inputs) {
    const big = input.text.length > 1_000_000;
    await benchTemplate(input, report, big ? 1 : scale.rounds, random, big ? scale.bigRuns : scale.smallRuns);
  }
}

async function benchTemplate(input: TemplateInput, report: BenchContext['report'], rounds: number, random: Random, runs: number): Promise<void> {
  const { label, fileName, text } = input;
  const is5000 = label.startsWith('5,000');
  let version = 0;
  const analyse = async (content: string) => {
    const analysis = analysisOf(fileName, content, ++version);
    if (!analysis) throw new Error(`${label} was not recognised as IaC`);
    await lintAnalysis(analysis, LINT_CONTEXT);
    return analysis;
  };

  // First analysis: a new version and new block texts each run, so nothing is cached (large
  // YAML is parsed block by block with a cache keyed on each block's text).
  const first: number[] = [];
  let analysis: Analysis | undefined;
  await analyse(text);
  for (let run = 0; run < runs; run++) {
    const fresh = uncached(text, run);
    const start = now();
    analysis = await analyse(fresh);
    first.push(now() - start);
  }
  const lineCount = text.split('\n').length - 1;
  report.add(`first analysis (parse + lint), ${label}`, summarize(first).median, 'ms', { ...(is5000 ? { budget: 50 } : {}), note: `${lineCount} lines` });

  const parse = summarize(
    Array.from({ length: runs }, (_, run) => {
      const fresh = uncached(text, runs + run);
      return timeOnce(() => analysisOf(fileName, fresh, ++version)).ms;
    }),
  );
  report.add(`parse only, ${label}`, parse.median, 'ms');
  analysis = analysisOf(fileName, text, ++version)!;
  const lint: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = now();
    await lintAnalysis(analysis, LINT_CONTEXT);
    lint.push(now() - start);
  }
  report.add(`lint, ${label}`, summarize(lint).median, 'ms');

  // A one-line edit in the middle: the editor sends the whole new text with a new version.
  const lines = text.split('\n');
  const editAt = lines.findIndex((line, i) => i >= lines.length / 2 && /:\s*\S/.test(line));
  const edits = Array.from({ length: runs }, (_, run) => [...lines.slice(0, editAt), `${lines[editAt]}${run}`, ...lines.slice(editAt + 1)].join('\n'));
  const reanalysis: number[] = [];
  for (const edited of edits) {
    const start = now();
    await analyse(edited);
    reanalysis.push(now() - start);
  }
  report.add(`re-analysis after a one-line edit, ${label}`, summarize(reanalysis).median, 'ms');

  // Hover and completion on the analysed version, at keys and values across the file.
  await analyse(text);
  const positions = positionsIn(lines, random, text.length > 1_000_000 ? BIG_POSITIONS : POSITIONS);
  const current = version;
  const ask = (answer: (a: Analysis, position: Position) => unknown) => {
    for (const position of positions) answer(analysisOf(fileName, text, current)!, position);
    const asked = Array.from({ length: rounds }, () => positions).flat();
    return timeCalls(asked, (position) => answer(analysisOf(fileName, text, current)!, position));
  };
  const budget = is5000 ? { budget: 2 } : {};
  for (const [kind, answer] of [
    ['hover', hoverAt],
    ['completion', completionsAt],
  ] as const) {
    const { wall, cpu } = ask(answer);
    report.add(`${kind} median, ${label}`, wall.median, 'ms', { note: `${wall.samples} requests` });
    report.add(`${kind} p99, ${label}`, wall.p99, 'ms', budget);
    report.add(`${kind} p99 in CPU time, ${label}`, cpu.p99, 'ms', budget);
  }
}

/** Seeded positions on non-blank lines: on the key, and in the value where there is one. */
function positionsIn(lines: readonly string[], random: Random, count: number): Position[] {
  const positions: Position[] = [];
  while (positions.length < count) {
    const line = random.int(0, lines.length - 1);
    const text = lines[line];
    const indent = text.length - text.trimStart().length;
    if (text.trim() === '') continue;
    const colon = text.indexOf(': ');
    positions.push(random.chance(0.5) || colon < 0 ? { line, character: indent + 1 } : { line, character: random.int(colon + 2, text.length) });
  }
  return positions;
}

/**
 * The text with a comment line before every `Type:` line, different for each run: every
 * resource and parameter block is new to the block cache, as in a file opened for the first time.
 */
function uncached(text: string, run: number): string {
  return text.replace(/^( +)Type: /gm, `$1# first look ${run}\n$1Type: `);
}
