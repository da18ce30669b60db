import { ABBREVIATIONS } from './claimTerms.data';

/**
 * Word-level matching for the notes check: a claim's terms match a note as whole words,
 * ignoring case, punctuation and a plural "s" ("Messages" finds "message", "blue/green"
 * finds "blue green"), never inside another word ("SQS" is not in "SQSExtended").
 */

/**
 * Text as a run of normalised words, padded with spaces so `includes(' x y ')` is a word match
 * (a run of punctuation at either end leaves a double space; articles are dropped).
 */
export function wordsOf(text: string): string {
  const lower = text.toLowerCase();
  // Most notes are ASCII: plain character classes are several times faster than Unicode properties.
  const words = ASCII.test(lower)
    ? ` ${lower.replace(/[^a-z0-9]+/g, ' ')} `.replace(ASCII_PLURAL, dropPluralS)
    : ` ${lower.replace(/[^\p{L}\p{N}]+/gu, ' ')} `.replace(UNICODE_PLURAL, dropPluralS);
  // Articles carry nothing a claim tests: "until a consumer deletes" says "until the consumer deletes".
  return words.replace(ARTICLES, '').replace(SHORTHAND, (word) => ABBREVIATIONS[word.trim()] ?? word);
}

/** A shorthand word of ABBREVIATIONS, between the spaces of `wordsOf` text. */
const SHORTHAND = new RegExp(`(?<= )(?:${Object.keys(ABBREVIATIONS).join('|')})(?= )`, 'g');

const ASCII = /^[\x00-\x7f]*$/;
const ARTICLES = / (?:a|an|the)(?= )/g;
/** A word of four letters or more ending in "s" (the ones ending in "ss" are kept by `dropPluralS`). */
const ASCII_PLURAL = /(?<= )([a-z0-9]{3,})s(?= )/g;
const UNICODE_PLURAL = /(?<= )([\p{L}\p{N}]{3,})s(?= )/gu;

/** Words whose final "s" is not a plural, where dropping it would make another word ("https" is not "http"). */
const NOT_PLURAL = new Set(['https']);

/** "messages" → "message", "class" stays "class". */
function dropPluralS(word: string, stemmed: string): string {
  return stemmed.endsWith('s') || NOT_PLURAL.has(word) ? word : stemmed;
}

/** A term ready to look up in `wordsOf` text: " x y ", or undefined when it has no words. */
export function termWords(term: string): string | undefined {
  // Punctuation at the ends ("(S3)") leaves double spaces that a haystack would not have.
  const words = wordsOf(term).trim();
  return words === '' ? undefined : ` ${words} `;
}

/** Terms of an entry "a|b": any of them satisfies it. */
export function alternativesOf(entry: string): string[] {
  return entry
    .split('|')
    .map(termWords)
    .filter((words): words is string => words !== undefined);
}

/** Whether `words` (from `wordsOf`) contains any of the alternatives. */
export function hasAny(words: string, alternatives: readonly string[]): boolean {
  return alternatives.some((term) => words.includes(term));
}

/**
 * Where `phrase` is in `text` as written (for the message), found through the same
 * normalisation; undefined when it is not there.
 */
export function findWritten(text: string, phrase: string): string | undefined {
  const words = termWords(phrase);
  if (words === undefined) return undefined;
  const wanted = words.trim().split(' ').map(escapeRegExp);
  const between = '[^\\p{L}\\p{N}]+(?:(?:a|an|the)[^\\p{L}\\p{N}]+)?';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${wanted.map((word) => `${word}s?`).join(between)}(?![\\p{L}\\p{N}])`, 'iu');
  return pattern.exec(text)?.[0];
}

/** `text` as a literal inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
