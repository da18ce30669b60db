/**
 * A short, stable, platform-independent hash (two FNV-1a 32-bit lanes → 16 hex digits).
 * Used for ids that must be identical in Node and in the browser, run after run.
 */
export function stableHash(text: string): string {
  return hashDigest(hashUpdate(HASH_START, text));
}

/** The lanes of a hash in progress: hashing `x` then `y` from a state equals hashing `x + y`. */
export interface HashState {
  readonly a: number;
  readonly b: number;
}

export const HASH_START: HashState = { a: 0x811c9dc5, b: 0x01000193 ^ 0x5bd1e995 };

/**
 * The state after hashing `text` from `state`: lets callers hash a shared prefix once (the
 * breadcrumb of thousands of facts) and only each fact's own text after it.
 */
export function hashUpdate(state: HashState, text: string): HashState {
  let { a, b } = state;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return { a, b };
}

/**
 * Both lanes as 16 lowercase hex digits, as one flat string: joining two halves made a rope that
 * every map lookup by id had to flatten (`toString(16).padStart` was slower still).
 */
export function hashDigest({ a, b }: HashState): string {
  return String.fromCharCode(
    HEX[(a >>> 28) & 15], HEX[(a >>> 24) & 15], HEX[(a >>> 20) & 15], HEX[(a >>> 16) & 15],
    HEX[(a >>> 12) & 15], HEX[(a >>> 8) & 15], HEX[(a >>> 4) & 15], HEX[a & 15],
    HEX[(b >>> 28) & 15], HEX[(b >>> 24) & 15], HEX[(b >>> 20) & 15], HEX[(b >>> 16) & 15],
    HEX[(b >>> 12) & 15], HEX[(b >>> 8) & 15], HEX[(b >>> 4) & 15], HEX[b & 15],
  );
}

/** Char codes of the hex digits 0-f. */
const HEX = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
