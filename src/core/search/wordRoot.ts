/**
 * The root a word shares with its other forms: "balanced", "balancer" and "balance" are
 * `balanc`; "cloning" and "clone" are `clon`; "deployment" and "deployed" are `deploy`. The
 * ranking lets a word find its other forms through it, worth less than the word itself
 * (`LoadBalanced` finds "load balancer"). Words come in stemmed (plurals already dropped).
 *
 * Why not the Porter stemmer (the `stemmer` package): it is ESM-only, which the CommonJS the
 * tests and the CLI load cannot require, and it splits the pairs IaC names and notes need joined
 * most ("deploy" is `deploi`, "deployment" `deploy`). These few endings join what notes write.
 */

/** Endings taken off, most specific first; a root keeps at least `MIN_ROOT` letters. */
const ENDINGS: readonly string[] = ['ment', 'ing', 'ion', 'ed', 'er', 'e'];
const MIN_ROOT = 3;
/** At most this many endings come off ("numbered" → number → numb). */
const MAX_ENDINGS = 2;
/** A doubled last consonant left by an ending is one letter ("setting" → set), but for these ("rolling" → roll). */
const KEPT_DOUBLES = new Set(['l', 's', 'z']);

export function rootOf(word: string): string {
  let root = word;
  for (let round = 0; round < MAX_ENDINGS; round++) {
    const ending = ENDINGS.find((end) => root.endsWith(end) && root.length - end.length >= MIN_ROOT);
    if (ending === undefined || !/^[a-z]+$/.test(root)) break;
    root = root.slice(0, -ending.length);
    const last = root[root.length - 1];
    if (ending !== 'e' && root.length > MIN_ROOT && last === root[root.length - 2] && !KEPT_DOUBLES.has(last) && !/[aeiou]/.test(last)) root = root.slice(0, -1);
  }
  return root;
}
