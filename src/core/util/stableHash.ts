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

/** Both lanes as 16 lowercase hex digits (table lookups: `toString(16).padStart` was a fifth of the id cost). */
export function hashDigest({ a, b }: HashState): string {
  return hex32(a) + hex32(b);
}

const HEX_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex32(lane: number): string {
  return HEX_BYTE[(lane >>> 24) & 0xff] + HEX_BYTE[(lane >>> 16) & 0xff] + HEX_BYTE[(lane >>> 8) & 0xff] + HEX_BYTE[lane & 0xff];
}
