/** Bytes of a notes file → its text, or the reason it cannot be read as notes. */
export type DecodedNotes = { readonly text: string } | { readonly error: string };

/** Notes larger than this are not indexed (a notes file this big is almost surely not notes). */
export const MAX_NOTES_BYTES = 20 * 1024 * 1024;

/**
 * Decodes UTF-8 strictly (a BOM is dropped by the decoder), refusing binary and oversized
 * files with a message a user can act on instead of indexing garbage.
 */
export function decodeNotesBytes(bytes: Uint8Array, maxBytes = MAX_NOTES_BYTES): DecodedNotes {
  const oversize = oversizeReason(bytes.byteLength, maxBytes);
  if (oversize) return { error: oversize };
  if (bytes.subarray(0, 8192).includes(0)) return { error: 'looks binary (it contains NUL bytes)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: 'is not valid UTF-8 text' };
  }
}

/**
 * Why a notes file of `size` bytes is refused, or undefined when it is small enough; hosts ask
 * before reading (from a stat), so a huge file is never loaded into memory only to be refused.
 */
export function oversizeReason(size: number, maxBytes = MAX_NOTES_BYTES): string | undefined {
  return size > maxBytes ? `is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit for notes` : undefined;
}
