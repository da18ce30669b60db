import type { Fact } from '../notes/model';
import type { Claim } from './claim';
import { documentedStatement } from './findingMessage';

const BULLETS = new Set(['•', '-', '*', '+']);

/**
 * The line "Add the documented value as a sub-item" inserts under a flagged note, in the file's
 * own style: the indentation and bullet of the note's first child when it has one, otherwise one
 * level deeper than the note (a tab when the note is indented with tabs) with the note's bullet
 * (`•` in an outline, `-` in markdown, for numbered items and paragraphs).
 */
export function subItemLine(fact: Fact, noteLine: string, firstChildLine: string | undefined, markdown: boolean, text: string): string {
  const child = firstChildLine === undefined ? undefined : /^(\s*)(•|-|\*|\+|\d+[.)])\s/.exec(firstChildLine);
  if (child && !/^\d/.test(child[2])) return `${child[1]}${child[2]} ${text}`;
  const indent = /^\s*/.exec(noteLine)?.[0] ?? '';
  const marker = BULLETS.has(fact.marker) ? fact.marker : markdown ? '-' : '•';
  // Markdown nests a list item under its parent's text, so the step is the parent's marker width.
  const step = indent.includes('\t') ? '\t' : markdown && fact.marker !== '' ? ' '.repeat(fact.marker.length + 1) : '  ';
  return `${indent}${step}${marker} ${text}`;
}

/** The text of the sub-item: the documented statement with its source. */
export function documentedSubItemText(claim: Pick<Claim, 'documented' | 'url'>): string {
  return `AWS docs: ${documentedStatement(claim)} (${claim.url})`;
}
