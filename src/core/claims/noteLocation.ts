import type { Fact } from '../notes/model';

/** Where a note's text is on its line (0-based): after the indentation and the bullet, to the end of the text. */
export interface NoteLocation {
  readonly line: number;
  readonly character: number;
  readonly endCharacter: number;
}

/** `lineText` is the fact's first line as it is in the file. */
export function noteLocation(fact: Fact, lineText: string): NoteLocation {
  const firstLine = fact.text.split(/\r\n|\r|\n/)[0] ?? '';
  const found = firstLine === '' ? -1 : lineText.indexOf(firstLine);
  const character = found >= 0 ? found : lineText.length - lineText.trimStart().length;
  const endCharacter = found >= 0 ? found + firstLine.length : lineText.trimEnd().length;
  return { line: fact.line, character, endCharacter: Math.max(character, endCharacter) };
}
