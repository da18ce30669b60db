import MiniSearch from 'minisearch';
import type { Fact, ParsedNotes } from '../../src/core/notes/model';
import { NotesIndex } from '../../src/core/notes/notesIndex';
import { aliasesOf } from '../../src/core/notes/serviceAliases';
import { parseNotes } from '../../src/core/notes/parseNotes';
import { FuseBaselineSearch } from '../../src/core/search/fuseBaseline';
import { lookUpFacts } from '../../src/core/search/lookUpFacts';
import { relatedNotes } from '../../src/core/search/relatedNotes';
import { relevanceIndexOf } from '../../src/core/search/relevanceIndex';
import type { NotesQuery } from '../../src/core/search/relevanceQuery';
import { aimedQueries, type AimedQuery } from '../inputs/queries';
import { factCorpus, syntheticOutlineNotes } from '../inputs/syntheticNotes';
import type { BenchContext } from '../lib/context';
import { collectGarbage, MB } from '../lib/memory';
import { Random } from '../lib/random';
import { medianOf, summarize, timeCalls, timeOnce, timePasses } from '../lib/timing';

const SIZES = [1_000, 10_000, 50_000];
/** Share of the queries also run through plain fuse.js, which takes seconds per query at 50,000 facts. */
const BASELINE_SHARE: Record<number, number> = { 1_000: 1, 10_000: 0.2, 50_000: 0.07 };
/** Results per lookup, as in the QuickPick. */
const LIMIT = 50;

/**
 * Fact lookup over 1,000 / 10,000 / 50,000 facts (the pack's facts first, then synthetic ones):
 * our lookup against plain fuse.js (speed) and against MiniSearch, BM25 with fuzzy and prefix
 * matching (speed and whether the aimed fact comes first), on the same aimed queries; and the
 * notes part of a hover at 50,000 facts.
 */
export function lookupBench({ report, pack, scale }: BenchContext): void {
  report.startSection('fact lookup');
  const synthetic = parseNotes('synthetic.txt', syntheticOutlineNotes(pack.parsed, 8 * MB, new Random(21)), 'user').facts;
  const queries = aimedQueries(pack.parsed.facts, scale.queries, new Random(22));
  const texts = queries.map(({ query }) => query);
  for (const size of SIZES) {
    const facts = factCorpus(pack.parsed.facts, synthetic, size);
    const label = `${size.toLocaleString('en-US')} facts`;
    collectGarbage();
    report.add(`search index build, ${label}`, medianOf(size >= 50_000 ? scale.bigRuns : scale.smallRuns, () => relevanceIndexOf(notesOf(facts))), 'ms');

    // Timed on a fresh index (its word cache empty), after a warm-up (of the JIT) on another one;
    // on `bigRuns` fresh indexes, every query once on each: a single pass's p95 is the 15th-slowest
    // of 300 lookups, and one pause of the machine moves it by a millisecond from run to run.
    const warmUp = notesOf(facts.slice(0, 2_000));
    for (const query of texts) lookUpFacts(warmUp, query, LIMIT);
    let index!: NotesIndex;
    const { wall: ours, cpu } = timePasses(scale.bigRuns, () => {
      index = notesOf(facts);
      relevanceIndexOf(index);
      collectGarbage();
      return (query: string) => lookUpFacts(index, query, LIMIT);
    }, texts);
    const budget = size === 50_000 ? { budget: 5 } : {};
    report.add(`lookup median, ${label}`, ours.median, 'ms', { note: `${queries.length} queries × ${scale.bigRuns} fresh indexes, ${LIMIT} results` });
    report.add(`lookup p95, ${label}`, ours.p95, 'ms', budget);
    report.add(`lookup p99, ${label}`, ours.p99, 'ms');
    report.add(`lookup p95 in CPU time, ${label}`, cpu.p95, 'ms', { ...budget, note: 'without time waiting for a core' });

    // fuse.js scans every fact (tens of ms per 1,000 facts per query): a sample of the queries.
    const sample = texts.slice(0, Math.round(scale.queries * BASELINE_SHARE[size]));
    const fuse = new FuseBaselineSearch(facts);
    const baseline = summarize(sample.map((query) => timeOnce(() => fuse.search(query, LIMIT)).ms));
    report.add(`plain fuse.js median, ${label}`, baseline.median, 'ms', { note: `${sample.length} queries` });
    report.add(`plain fuse.js / ours, median, ${label}`, baseline.median / ours.median, '×');

    if (size === 50_000) {
      againstMiniSearch(report, facts, index, queries);
      // MiniSearch's index of 50,000 facts is garbage now: collected here, not by threads running beside the hovers timed next.
      collectGarbage();
      hoverNotesPart(report, facts, index, warmUp, scale.queries);
    }
  }
}

/** A notes index over a corpus (one pseudo file, read for ranking afresh). */
function notesOf(facts: readonly Fact[]): NotesIndex {
  const index = new NotesIndex();
  const parsed: ParsedNotes = { file: 'corpus.txt', origin: 'user', sections: [], facts, unmappedLines: [], nonBlankLines: facts.length };
  index.setFile(parsed);
  return index;
}

/**
 * Where the aimed fact came (1-based, 0 when absent), by text (identical texts collapse into one
 * result); a fact under an aimed heading counts for it (our lookup shows a bare heading through
 * its items, MiniSearch shows the heading itself).
 */
function rankOf(results: readonly { readonly text: string; readonly path?: readonly string[] }[], aimed: Fact): number {
  const under = aimed.childIds.length > 0;
  return results.findIndex((result) => result.text === aimed.text || (under && result.path?.includes(aimed.text) === true)) + 1;
}

function againstMiniSearch(report: BenchContext['report'], facts: readonly Fact[], index: NotesIndex, queries: readonly AimedQuery[]): void {
  const build = timeOnce(() => {
    const mini = new MiniSearch<{ id: number; text: string; breadcrumb: string; service: string }>({
      fields: ['text', 'breadcrumb', 'service'],
      storeFields: ['text'],
      searchOptions: { boost: { text: 2, service: 1.5 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
    });
    mini.addAll(facts.map((fact, id) => ({ id, text: fact.code ? `${fact.text} ${fact.code}` : fact.text, breadcrumb: fact.breadcrumb, service: [fact.service, ...aliasesOf(fact.service)].join(' ') })));
    return mini;
  });
  const mini = build.value;
  report.add('MiniSearch index build, 50,000 facts', build.ms, 'ms');
  const oursRanks: number[] = [];
  const miniRanks: number[] = [];
  const { wall: miniTimes } = timeCalls(queries, ({ query, fact }) => {
    miniRanks.push(rankOf(mini.search(query).slice(0, 10).map((result) => ({ text: String(result.text) })), fact));
  });
  const { wall: oursTimes } = timeCalls(queries, ({ query, fact }) => {
    oursRanks.push(rankOf(lookUpFacts(index, query, 10).map((result) => result.fact), fact));
  });
  const share = (ranks: number[], within: number) => (100 * ranks.filter((rank) => rank > 0 && rank <= within).length) / ranks.length;
  const note = `${queries.length} aimed queries`;
  report.add('aimed fact first: ours, 50,000 facts', share(oursRanks, 1), '%', { note, atLeast: true, budget: share(miniRanks, 1) });
  report.add('aimed fact first: MiniSearch, 50,000 facts', share(miniRanks, 1), '%', { note });
  report.add('aimed fact in the top 10: ours, 50,000 facts', share(oursRanks, 10), '%', { atLeast: true, budget: share(miniRanks, 10) });
  report.add('aimed fact in the top 10: MiniSearch, 50,000 facts', share(miniRanks, 10), '%');
  report.add('aimed lookups median / p95: ours, 50,000 facts', oursTimes.median, 'ms', { note: `p95 ${oursTimes.p95.toFixed(2)} ms` });
  report.add('aimed lookups median / p95: MiniSearch, 50,000 facts', miniTimes.median, 'ms', { note: `p95 ${miniTimes.p95.toFixed(2)} ms` });
  report.add('MiniSearch / ours, median, 50,000 facts', miniTimes.median / oursTimes.median, '×', { atLeast: true, budget: 3 });
}

/**
 * The notes part of a hover at 50,000 facts: queries as the analyzers build them, from the
 * names in the pack's facts (`VisibilityTimeout`, `aws:SourceIp`) with the fact's service.
 * As for lookups, each is timed once on the big index after a warm-up of the JIT on another
 * (the extension host that serves hovers is long-lived: its ranking code is warm).
 */
function hoverNotesPart(report: BenchContext['report'], facts: readonly Fact[], index: NotesIndex, warmUp: NotesIndex, count: number): void {
  const queries: NotesQuery[] = [];
  // A hover's query carries the catalog's summary of the thing (`describedAs`): here the text of the
  // service's previous fact stands in for it, as many words, of the same vocabulary, to look up.
  const previousOfService = new Map<string, string>();
  for (const fact of facts) {
    if (fact.origin !== 'bundled') continue;
    const describedAs = previousOfService.get(fact.service);
    for (const [name] of fact.text.matchAll(/\b(?:[a-z0-9-]+:[A-Za-z][\w-]*|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)\b/g)) queries.push({ service: fact.service, terms: [name], describedAs });
    previousOfService.set(fact.service, fact.text);
    if (queries.length >= count) break;
  }
  for (const query of queries) relatedNotes(warmUp, query);
  for (const query of queries.slice(0, 20)) relatedNotes(index, query);
  const { wall, cpu } = timeCalls(queries, (query) => relatedNotes(index, query));
  report.add('hover notes part p99, 50,000 facts', wall.p99, 'ms', { budget: 2, note: `${queries.length} queries, median ${wall.median.toFixed(3)} ms` });
  report.add('hover notes part p99 in CPU time, 50,000 facts', cpu.p99, 'ms', { budget: 2 });
}
