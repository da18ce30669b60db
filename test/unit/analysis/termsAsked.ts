import type { NotesQuery } from '../../../src/core/analysis/types';

/** A notes query without its description: what the cursor's terms ask (the description, catalog text, is checked apart). */
export function termsAsked(query: NotesQuery | undefined): Omit<NotesQuery, 'describedAs'> | undefined {
  if (!query) return undefined;
  const { describedAs: _described, ...asked } = query;
  return asked;
}
