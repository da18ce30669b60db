import type { Fact } from '../../src/core/notes/model';
import { parseNotes } from '../../src/core/notes/parseNotes';
import { FactSearch } from '../../src/core/search/factSearch';
import { FuseBaselineSearch } from '../../src/core/search/fuseBaseline';
import { realisticQueries } from '../inputs/queries';
import { factCorpus, syntheticOutlineNotes } from '../inputs/syntheticNotes';
import type { BenchContext } from '../lib/context';
import { collectGarbage, MB } from '../lib/memory';
import { Random } from '../lib/random';
import { medianOf, summarize, timeCalls, timeOnce } from '../lib/timing';

const SIZES = [1_000, 10_000, 50_000];
/** Share of the queries also run through plain fuse.js, which takes seconds per query at 50,000 facts. */
const BASELINE_SHARE: Record<number, number> = { 1_000: 1, 10_000: 0.2, 50_000: 0.07 };
/** Results per lookup, as in the QuickPick. */
const LIMIT = 50;

/**
 * Fact lookup over 1,000 / 10,000 / 50,000 facts (the pack's facts first, then synthetic ones):
 * the indexed search against plain fuse.js on the same realistic queries.
 */
export function lookupBench({ report, pack, scale }: BenchContext): void {
  report.startSection('fact lookup');
  const synthetic = parseNotes('synthetic.txt', syntheticOutlineNotes(pack.parsed, 8 * MB, new Random(21)), 'user').facts;
  const queries = realisticQueries(pack.parsed.facts, scale.queries, new Random(22));
  for (const size of SIZES) {
    const facts = factCorpus(pack.parsed.facts, synthetic, size);
    const label = `${size.toLocaleString('en-US')} facts`;
    collectGarbage();
    report.add(`search index build, ${label}`, medianOf(size >= 50_000 ? scale.bigRuns : scale.smallRuns, () => new FactSearch(facts)), 'ms');

    // Timed on a fresh search (its word cache empty), after a warm-up (of the JIT) on another one.
    const warmUp = new FactSearch(facts.slice(0, 2_000));
    for (const query of queries) warmUp.search(query, LIMIT);
    const search = new FactSearch(facts);
    collectGarbage();
    const { wall: indexed, cpu } = timeCalls(queries, (query) => search.search(query, LIMIT));
    const budget = size === 50_000 ? { budget: 5 } : {};
    report.add(`lookup median, ${label}`, indexed.median, 'ms', { note: `${queries.length} queries, ${LIMIT} results` });
    report.add(`lookup p95, ${label}`, indexed.p95, 'ms', budget);
    report.add(`lookup p99, ${label}`, indexed.p99, 'ms');
    report.add(`lookup p95 in CPU time, ${label}`, cpu.p95, 'ms', { ...budget, note: 'without time waiting for a core' });

    // fuse.js scans every fact (tens of ms per 1,000 facts per query): a sample of the queries.
    const sample = queries.slice(0, Math.round(scale.queries * BASELINE_SHARE[size]));
    const agreement = baselineComparison(facts, sample, search);
    report.add(`plain fuse.js median, ${label}`, agreement.baseline.median, 'ms', { note: `${sample.length} queries` });
    report.add(`plain fuse.js / indexed, median, ${label}`, agreement.baseline.median / indexed.median, '×');
    report.add(`top-1 agreement with plain fuse.js, ${label}`, agreement.top1 * 100, '%', { note: `${sample.length} queries` });
    report.add(`same top ${LIMIT} as plain fuse.js, ${label}`, agreement.sameList * 100, '%');
  }
}

function baselineComparison(facts: readonly Fact[], queries: readonly string[], search: FactSearch) {
  const fuse = new FuseBaselineSearch(facts);
  let top1 = 0;
  let sameList = 0;
  const times: number[] = [];
  for (const query of queries) {
    const { ms, value: expected } = timeOnce(() => fuse.search(query, LIMIT));
    times.push(ms);
    const actual = search.search(query, LIMIT);
    if (actual[0]?.fact.id === expected[0]?.fact.id) top1++;
    if (actual.length === expected.length && actual.every((match, i) => match.fact.id === expected[i].fact.id)) sameList++;
  }
  return { baseline: summarize(times), top1: top1 / queries.length, sameList: sameList / queries.length };
}
