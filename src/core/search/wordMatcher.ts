/**
 * Approximate matching of one query word inside vocabulary tokens, by fuse.js's rule: the word
 * matches a token when some substring of the token is within `floor(threshold × length)`
 * edits (insertions, deletions, substitutions) of the word; the score is edits / length.
 *
 * Myers' bit-parallel algorithm (one 32-bit word for words up to 31 characters, a plain
 * dynamic programme beyond) makes a check cost one pass over the token. A character-set mask
 * rejects most tokens before that: every distinct character of the word missing from the token
 * costs at least one edit.
 */
export class WordMatcher {
  /** Most edits a match may have. */
  readonly maxErrors: number;
  private readonly mask: number;
  /** Myers' pattern masks: bit i set where the word's character i is the character; ASCII by code, the rest by map. */
  private readonly asciiPeq = new Int32Array(128);
  private readonly otherPeq = new Map<number, number>();
  private readonly chars: Set<number>;

  constructor(
    readonly word: string,
    threshold: number,
  ) {
    this.maxErrors = Math.floor(threshold * word.length);
    this.mask = charMask(word);
    this.chars = new Set([...word].map((ch) => ch.charCodeAt(0)));
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code < 128) this.asciiPeq[code] |= 1 << i;
      else this.otherPeq.set(code, (this.otherPeq.get(code) ?? 0) | (1 << i));
    }
  }

  /** Fewest edits between the word and a substring of `token`, or -1 when above `maxErrors`. */
  errorsIn(token: string, tokenMask: number): number {
    const m = this.word.length;
    if (token.length < m - this.maxErrors) return -1;
    if (popCount(this.mask & ~tokenMask) > this.maxErrors) return -1;
    if (token.includes(this.word)) return 0;
    if (this.maxErrors === 0) return -1;
    const errors = m <= 31 ? this.myers(token) : this.dynamicProgramme(token);
    // fuse.js also wants two adjacent characters of the word in a fuzzy match (minMatchCharLength 2).
    return errors <= this.maxErrors && this.hasAdjacentWordChars(token) ? errors : -1;
  }

  private myers(token: string): number {
    const m = this.word.length;
    const high = 1 << (m - 1);
    let pv = m === 31 ? 0x7fffffff : (1 << m) - 1;
    let mv = 0;
    let score = m;
    let best = m;
    for (let j = 0; j < token.length; j++) {
      const code = token.charCodeAt(j);
      const eq = code < 128 ? this.asciiPeq[code] : (this.otherPeq.get(code) ?? 0);
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      if (score < best) best = score;
    }
    return best;
  }

  private dynamicProgramme(token: string): number {
    const m = this.word.length;
    let column = Array.from({ length: m + 1 }, (_, i) => i);
    let best = m;
    for (let j = 0; j < token.length; j++) {
      const next = [0];
      for (let i = 1; i <= m; i++) {
        const substitution = column[i - 1] + (this.word.charCodeAt(i - 1) === token.charCodeAt(j) ? 0 : 1);
        next.push(Math.min(substitution, column[i] + 1, next[i - 1] + 1));
      }
      column = next;
      if (column[m] < best) best = column[m];
    }
    return best;
  }

  private hasAdjacentWordChars(token: string): boolean {
    for (let j = 1; j < token.length; j++) {
      if (this.chars.has(token.charCodeAt(j)) && this.chars.has(token.charCodeAt(j - 1))) return true;
    }
    return false;
  }
}

/** The set of characters of a string, folded into 32 bits: letters one bit each, digits and the rest share. */
export function charMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) mask |= 1 << (code - 97);
    else if (code >= 48 && code <= 57) mask |= 1 << (26 + ((code - 48) % 5));
    else mask |= 1 << 31;
  }
  return mask;
}

function popCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
