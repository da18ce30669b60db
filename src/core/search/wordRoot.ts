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

/**
 * Endings taken off, most specific first, each leaving a root of at least `root` letters:
 * "-ency" and "-ent" only from long words ("concurrency" and "concurrent" are `concurr`, but
 * "latency" is not "late").
 */
const ENDINGS: readonly { readonly ending: string; readonly root: number }[] = [
  { ending: 'ency', root: 4 },
  { ending: 'ment', root: 3 },
  { ending: 'ent', root: 4 },
  { ending: 'ing', root: 3 },
  { ending: 'ion', root: 3 },
  { ending: 'ed', root: 3 },
  { ending: 'er', root: 3 },
  { ending: 'e', root: 3 },
];
const MIN_ROOT = 3;
/** At most this many endings come off ("numbered" → number → numb). */
const MAX_ENDINGS = 2;
/** A doubled last consonant left by an ending is one letter ("setting" → set), but for these ("rolling" → roll). */
const KEPT_DOUBLES = new Set(['l', 's', 'z']);

export function rootOf(word: string): string {
  let root = word;
  for (let round = 0; round < MAX_ENDINGS; round++) {
    const found = ENDINGS.find(({ ending, root: least }) => root.endsWith(ending) && root.length - ending.length >= least);
    if (found === undefined || !/^[a-z]+$/.test(root)) break;
    const { ending } = found;
    root = root.slice(0, -ending.length);
    const last = root[root.length - 1];
    if (ending !== 'e' && root.length > MIN_ROOT && last === root[root.length - 2] && !KEPT_DOUBLES.has(last) && !/[aeiou]/.test(last)) root = root.slice(0, -1);
  }
  return root;
}
