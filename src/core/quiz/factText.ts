import type { Fact } from '../notes/model';
import { fitPrompt } from './promptFit';

/**
 * Markdown inline syntax removed, so prompts and answers read as text: `[docs](url)` → docs,
 * `**bold**`, `_em_` and `` `code` `` → their words. Outline notes pass through unchanged.
 */
export function plainText(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}*_])([*_])(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}*_])/gu, '$2');
}

/** The fact's text as the quiz shows it. */
export function factText(fact: Fact): string {
  return plainText(fact.text);
}

/** A fact's text as a label: trailing colon removed ("Hooks (in this order):" → "Hooks (in this order)"). */
export function factLabel(fact: Fact): string {
  return factText(fact).replace(/\s*:\s*$/, '').trim();
}

/** Number of words with at least one letter: "1 KB" has one, "Cheaper" one. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** The breadcrumb's parts as text: ["DynamoDB", "Limitations"]. */
export function breadcrumbParts(fact: Fact): string[] {
  return plainText(fact.breadcrumb).split(' › ');
}

/**
 * "DynamoDB › Limitations" + " › " + text: the context every prompt starts with, shortened from
 * its start to fit a card (promptFit.ts); undefined when the text alone is too long to ask.
 */
export function inContext(fact: Fact, text: string, prefix = ''): string | undefined {
  return fitPrompt(breadcrumbParts(fact), text, prefix);
}
