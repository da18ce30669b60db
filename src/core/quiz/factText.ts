import type { Fact } from '../notes/model';

/** A fact's text as a label: trailing colon removed ("Hooks (in this order):" → "Hooks (in this order)"). */
export function factLabel(fact: Fact): string {
  return fact.text.replace(/\s*:\s*$/, '').trim();
}

/** Number of words with at least one letter: "1 KB" has one, "Cheaper" one. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** "DynamoDB › Limitations" + " › " + text: the context every prompt starts with. */
export function inContext(fact: Fact, text: string): string {
  return `${fact.breadcrumb} › ${text}`;
}
