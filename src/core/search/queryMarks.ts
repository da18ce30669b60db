import { COMPOUND_ONLY, Field, FIELD_BITS, FIELD_MASK, type RelevanceIndex } from './relevanceIndex';
import { containsWhole, wordsOf } from './relevanceText';

/**
 * Which facts name a service in their text (1 by fact): hold every word of one of its names
 * ("elastic beanstalk", "eb"; as words, not inside a camelCase compound), not one of them ("elastic"
 * of an Elastic IP). Marked from the Text postings of each name's rarest word.
 */
export function serviceMentions(index: RelevanceIndex, names: readonly (readonly string[])[]): Uint8Array {
  const marks = new Uint8Array(index.size);
  const fieldBits = FIELD_BITS;
  for (const words of names) {
    const rarest = rarestOf(index, words);
    const others = words.filter((word) => word !== rarest);
    for (let f = 0; f < index.files.length; f++) {
      const list = index.files[f].postings.get(rarest);
      if (!list) continue;
      const offset = index.offsets[f];
      for (let i = 0; i < list.length; i++) {
        if ((list[i] & (FIELD_MASK | COMPOUND_ONLY)) !== Field.Text) continue;
        const at = offset + (list[i] >> fieldBits);
        if (others.length === 0 || others.every((word) => index.textWords[at].includes(word))) marks[at] = 1;
      }
    }
  }
  return marks;
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Whether a fact's lower-cased text and code hold a distinctive term as a whole word
 * (`containsWhole`), read only in the facts that may: those holding the rarest word of the
 * term as the index reads words, and those the index says must be read whole (`readWhole`).
 *
 * Why no fact is missed: an ASCII term found whole in a text that keeps its length when
 * lower-cased has each of its words there as a maximal run of letters and digits; the index
 * holds that run as a word, or, when it is a camelCase name, as the name's compound (text
 * only: code has no compounds, hence code is read whole). A term with other characters is
 * looked for in every fact.
 */
export class WholeTermFinder {
  private marked = false;
  private everywhere = false;

  constructor(
    private readonly index: RelevanceIndex,
    private readonly marks: Int32Array,
    private readonly stamp: number,
    private readonly term: string,
  ) {}

  holds(at: number): boolean {
    if (!this.marked) this.mark();
    return (this.everywhere || this.index.readWhole[at] === 1 || this.marks[at] === this.stamp) && containsWhole(this.index.lowerText[at], this.term);
  }

  /** Whether the heading or an item above the fact (the topic it is filed under: "DynamoDB Accelerator (DAX)") holds the term as a whole word. */
  holdsAbove(at: number): boolean {
    if (!this.marked) this.mark();
    // The marks are of the term's rarest word in any field: a fact holding it above is marked too.
    return (this.everywhere || this.marks[at] === this.stamp) && containsWhole(this.index.lowerBreadcrumb(at), this.term);
  }

  private mark(): void {
    this.marked = true;
    const words = ASCII.test(this.term) ? wordsOf(this.term) : [];
    if (words.length === 0) {
      this.everywhere = true;
      return;
    }
    markPostings(this.index, rarestOf(this.index, words), this.marks, this.stamp, 0, 0);
  }
}

/** The word of `words` the fewest facts hold (the first of them on a tie): the shortest postings to read. */
function rarestOf(index: RelevanceIndex, words: readonly string[]): string {
  let rarest = words[0];
  let fewest = index.documentFrequency(rarest);
  for (const word of words) {
    const count = index.documentFrequency(word);
    if (count < fewest) [rarest, fewest] = [word, count];
  }
  return rarest;
}

/** Marks the facts holding `word` whose posting, masked with `mask`, equals `want`. */
function markPostings(index: RelevanceIndex, word: string, marks: Int32Array, stamp: number, mask: number, want: number): void {
  // Read once: an imported binding run as CommonJS (tests, bench) is a getter call at each use.
  const fieldBits = FIELD_BITS;
  for (let f = 0; f < index.files.length; f++) {
    const list = index.files[f].postings.get(word);
    if (!list) continue;
    const offset = index.offsets[f];
    for (let i = 0; i < list.length; i++) if ((list[i] & mask) === want) marks[offset + (list[i] >> fieldBits)] = stamp;
  }
}
