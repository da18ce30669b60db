import { SEARCH_KEYS, type SearchRecord } from './searchFields';
import { charMask } from './wordMatcher';

/** Slots per fact in entry numbers (`fact * KEY_SLOTS + key`): a power of two above the key count. */
export const KEY_SLOTS = 4;
export const KEY_SHIFT = 2;

/**
 * The inverted index under `FactSearch`. A field of a fact is an *entry*
 * (`fact * KEY_SLOTS + key`); its text, lower-cased and split on white space like fuse.js's
 * field norm, gives *tokens*. The index keeps the vocabulary (every distinct token, thousands
 * where facts are tens of thousands), for each token the entries holding it (postings), and for
 * each entry its tokens (to check a few facts without walking long postings).
 *
 * Built in one pass.
 */
export class TokenIndex {
  /** Distinct tokens, in order of first appearance. */
  readonly tokens: string[] = [];
  /** `charMask` of each token. */
  readonly masks: Int32Array;
  /** For each token, the entries holding it, ascending. */
  readonly postings: Int32Array[];
  /** The tokens of entry e are `entryTokens[entryStart[e] .. entryStart[e + 1])`. */
  readonly entryStart: Int32Array;
  readonly entryTokens: Int32Array;
  /**
   * For each entry, the exponent of its score in fuse.js's product: the key's share of the
   * total weight times the field's length norm (1 / √tokens, rounded to 3 decimals).
   */
  readonly exponents: Float64Array;
  /** For each entry, the token id when the whole lower-cased field is that one token (fuse.js scores it 0), else -1. */
  readonly wholeField: Int32Array;

  constructor(records: readonly SearchRecord[]) {
    const entryCount = records.length * KEY_SLOTS;
    this.exponents = new Float64Array(entryCount);
    this.wholeField = new Int32Array(entryCount).fill(-1);
    this.entryStart = new Int32Array(entryCount + 1);
    const ids = new Map<string, number>();
    const masks: number[] = [];
    const fields = new Map<string, Field>();
    const postings: number[][] = [];
    const flat: number[] = [];
    /** For each token, the last field it was seen in: a field lists each token once. */
    const lastField: number[] = [];
    let fieldCount = 0;
    const totalWeight = SEARCH_KEYS.reduce((sum, key) => sum + key.weight, 0);

    const fieldOf = (text: string, shared: boolean): Field => {
      let field = shared ? fields.get(text) : undefined;
      if (field) return field;
      const lower = text.toLowerCase();
      const words = lower.split(SEPARATORS).filter((word) => word !== '');
      const tokenIds: number[] = [];
      const fieldNumber = ++fieldCount;
      for (const word of words) {
        let id = ids.get(word);
        if (id === undefined) {
          id = this.tokens.length;
          ids.set(word, id);
          this.tokens.push(word);
          masks.push(charMask(word));
          postings.push([]);
          lastField.push(-1);
        }
        if (lastField[id] !== fieldNumber) {
          lastField[id] = fieldNumber;
          tokenIds.push(id);
        }
      }
      field = { tokenIds, norm: fieldNorm(words.length), whole: words.length === 1 && words[0] === lower ? tokenIds[0] : -1 };
      if (shared) fields.set(text, field);
      return field;
    };

    for (let fact = 0; fact < records.length; fact++) {
      const record = records[fact];
      for (let key = 0; key < KEY_SLOTS; key++) {
        const entry = fact * KEY_SLOTS + key;
        this.entryStart[entry] = flat.length;
        if (key >= SEARCH_KEYS.length) continue;
        // Breadcrumbs and service fields repeat across a section: split each once.
        const field = fieldOf(record[SEARCH_KEYS[key].name], key > 0);
        if (field.tokenIds.length === 0) continue;
        this.exponents[entry] = (SEARCH_KEYS[key].weight / totalWeight) * field.norm;
        this.wholeField[entry] = field.whole;
        for (const id of field.tokenIds) {
          postings[id].push(entry);
          flat.push(id);
        }
      }
    }
    this.entryStart[entryCount] = flat.length;
    this.entryTokens = Int32Array.from(flat);
    this.masks = Int32Array.from(masks);
    this.postings = postings.map((list) => Int32Array.from(list));
  }
}

interface Field {
  readonly tokenIds: number[];
  readonly norm: number;
  readonly whole: number;
}

/** fuse.js's word separators (tab to carriage return, space, no-break space). */
const SEPARATORS = /[\t-\r \u00a0]+/;

/** fuse.js's field-length norm, to 3 decimals. */
function fieldNorm(tokenCount: number): number {
  return Math.round(1000 / Math.sqrt(tokenCount)) / 1000;
}
