import { IacDocument } from '../../../src/core/analysis/document';
import type { Position } from '../../../src/core/analysis/types';

/** A document from text with one `|` marking the cursor: the text without it, and the cursor. */
export function withCursor(fileName: string, marked: string): { doc: IacDocument; text: string; offset: number; position: Position } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | cursor marker in the test text');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const doc = new IacDocument(fileName, text);
  return { doc, text, offset, position: doc.positionAt(offset) };
}
