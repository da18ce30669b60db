/**
 * Which vocabulary tokens may hold a query word within its allowed edits, without checking them
 * all: by the q-gram lemma, an edit destroys at most two of the word's bigrams (pairs of adjacent
 * characters), so a token holding the word within k edits has at least (distinct bigrams − 2k)
 * of them. Counting shared bigrams through a bigram → tokens index leaves a few tokens to check
 * where a scan would check every one.
 */
export class VocabularyBigrams {
  private readonly tokensOfBigram = new Map<number, number[]>();
  private readonly counts: Int32Array;
  private readonly stamps: Int32Array;
  private stamp = 0;

  constructor(tokens: readonly string[]) {
    this.counts = new Int32Array(tokens.length);
    this.stamps = new Int32Array(tokens.length);
    tokens.forEach((token, id) => {
      for (const bigram of bigramsOf(token)) {
        let ids = this.tokensOfBigram.get(bigram);
        if (!ids) this.tokensOfBigram.set(bigram, (ids = []));
        ids.push(id);
      }
    });
  }

  /** Ids of the tokens that may hold `word` within `maxErrors` edits, or undefined when the lemma rules nothing out (short words). */
  candidates(word: string, maxErrors: number): number[] | undefined {
    const bigrams = bigramsOf(word);
    const needed = bigrams.size - 2 * maxErrors;
    if (needed <= 0) return undefined;
    const stamp = ++this.stamp;
    const found: number[] = [];
    for (const bigram of bigrams) {
      for (const id of this.tokensOfBigram.get(bigram) ?? []) {
        if (this.stamps[id] !== stamp) {
          this.stamps[id] = stamp;
          this.counts[id] = 0;
        }
        if (++this.counts[id] === needed) found.push(id);
      }
    }
    return found;
  }
}

function bigramsOf(text: string): Set<number> {
  const bigrams = new Set<number>();
  for (let i = 1; i < text.length; i++) bigrams.add(text.charCodeAt(i - 1) * 65536 + text.charCodeAt(i));
  return bigrams;
}
