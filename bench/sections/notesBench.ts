import { parseNotes } from '../../src/core/notes/parseNotes';
import { NotesIndex } from '../../src/core/notes/notesIndex';
import { syntheticOutlineNotes } from '../inputs/syntheticNotes';
import type { BenchContext } from '../lib/context';
import { MB, retainedBytes } from '../lib/memory';
import { Random } from '../lib/random';
import { mediansOf, timeOnce } from '../lib/timing';

/** Indexing the notes: the pack and synthetic outline notes of 1 MB and 10 MB (parse + index + first read). */
export function notesBench({ report, pack, scale }: BenchContext): void {
  report.startSection('notes index');
  const inputs: { label: string; text: string; budget?: number }[] = [
    { label: `bundled pack (${Math.round(pack.text.length / 1024)} KB)`, text: pack.text },
    { label: '1 MB of notes', text: syntheticOutlineNotes(pack.parsed, 1 * MB, new Random(11)) },
    { label: '10 MB of notes', text: syntheticOutlineNotes(pack.parsed, 10 * MB, new Random(12)), budget: 1000 },
  ];
  for (const { label, text, budget } of inputs) {
    const build = () => {
      const index = new NotesIndex();
      index.setFile(parseNotes('notes.txt', text, 'user'));
      index.facts();
      return index;
    };
    const runs = text.length > 5 * MB ? scale.bigRuns : scale.smallRuns;
    const time = mediansOf(runs, build);
    report.add(`index build, ${label}`, time.wall, 'ms', { budget });
    report.add(`index build in CPU time, ${label}`, time.cpu, 'ms', { budget });
    const bytes = retainedBytes(build);
    report.add(`index memory, ${label}`, bytes === null ? null : bytes / MB, 'MB', bytes === null ? { note: 'run node with --expose-gc' } : {});
  }

  // A one-file change: only that file is parsed again; the index's derived views are rebuilt on the next read.
  const index = new NotesIndex();
  index.setFile(parseNotes('big.txt', inputs[2].text, 'user'));
  index.setFile(parseNotes('pack.txt', pack.text, 'bundled'));
  index.facts();
  const edits = Array.from({ length: scale.smallRuns }, (_, i) => pack.text.replace('Lambda', `Lambda ${i}`));
  const times = edits.map((text) => timeOnce(() => {
    index.setFile(parseNotes('pack.txt', text, 'bundled'));
    index.facts();
  }).ms);
  report.add('re-index after editing the pack, beside 10 MB of notes', times.sort((a, b) => a - b)[times.length >> 1], 'ms');
}
