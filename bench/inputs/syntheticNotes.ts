import type { Fact, ParsedNotes } from '../../src/core/notes/model';
import type { Random } from '../lib/random';

/**
 * Outline notes of about `bytes` bytes that read like the pack: its headings, its fact lengths
 * and nesting, words drawn from its text with their frequencies (so the vocabulary, and how
 * often each word comes back, are those of real notes), some `term: definition` items.
 */
export function syntheticOutlineNotes(pack: ParsedNotes, bytes: number, random: Random): string {
  const headings = pack.sections.map((section) => section.heading);
  const words = pack.facts.flatMap((fact) => fact.text.split(/\s+/).filter(Boolean));
  const lengths = pack.facts.map((fact) => fact.text.split(/\s+/).length);
  const lines: string[] = [];
  let size = 0;
  const push = (line: string) => {
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  };
  while (size < bytes) {
    push('');
    push(random.pick(headings));
    const items = random.int(5, 40);
    let depth = 0;
    for (let i = 0; i < items; i++) {
      depth = Math.max(0, Math.min(depth + random.int(-1, 1), 2));
      const text = Array.from({ length: random.pick(lengths) }, () => random.pick(words));
      if (random.chance(0.3) && text.length > 2) text[0] = `${text[0].replace(/:$/, '')}:`;
      push(`${'  '.repeat(depth + 1)}• ${text.join(' ')}`);
    }
  }
  return lines.join('\n');
}

/** The first `count` facts of pack + synthetic facts: a lookup corpus whose real facts come first. */
export function factCorpus(pack: readonly Fact[], synthetic: readonly Fact[], count: number): Fact[] {
  return [...pack, ...synthetic].slice(0, count);
}
