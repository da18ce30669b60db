/** Splits text into lines on LF, CRLF or CR, dropping a leading BOM; line i is 0-based line i. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}
