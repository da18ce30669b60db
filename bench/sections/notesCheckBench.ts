import { CLAIMS } from '../../src/core/claims/catalog';
import { NotesChecker } from '../../src/core/claims/checkNotes';
import { NotesIndex } from '../../src/core/notes/notesIndex';
import { parseNotes } from '../../src/core/notes/parseNotes';
import { syntheticOutlineNotes } from '../inputs/syntheticNotes';
import type { BenchContext } from '../lib/context';
import { MB } from '../lib/memory';
import { Random } from '../lib/random';
import { mediansOf } from '../lib/timing';

/** The notes check over 1 MB and 10 MB of notes (the catalog prepared, every fact checked): it must grow linearly. */
export function notesCheckBench({ report, pack, scale }: BenchContext): void {
  report.startSection('notes check');
  const perMb: number[] = [];
  for (const { megabytes, seed, budget } of [
    { megabytes: 1, seed: 21, budget: undefined },
    { megabytes: 10, seed: 22, budget: 2000 },
  ]) {
    const index = new NotesIndex();
    index.setFile(parseNotes('notes.txt', syntheticOutlineNotes(pack.parsed, megabytes * MB, new Random(seed)), 'user'));
    const facts = index.facts();
    let findings = 0;
    const time = mediansOf(megabytes > 5 ? scale.bigRuns : scale.smallRuns, () => (findings = new NotesChecker(CLAIMS).check(facts).length));
    report.add(`check ${megabytes} MB of notes (${facts.length} facts, ${findings} findings)`, time.wall, 'ms', { budget });
    // CPU time is the figure to read on a busy machine: wall time also counts other processes' turns.
    report.add(`check ${megabytes} MB of notes in CPU time`, time.cpu, 'ms', { budget });
    perMb.push(time.cpu / megabytes);
  }
  report.add('check CPU time per MB, 10 MB ÷ 1 MB (1 = linear)', perMb[1]! / perMb[0]!, '×');
}
