/**
 * The "never ask what the prompt gives away" rules, shared by every question kind.
 */
import { measure, quantitiesWithUnits, type Measure } from './quantities';

/** A value in the prompt this close to the answer (after unit conversion) gives it away: "about 50 TB" for 48.8 TiB. */
const NEAR_VALUE = 0.1;

/** Case- and spacing-insensitive form used to compare answers and choices. */
export function normalizeAnswer(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function collapse(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** "4 KB" and "4KB" are the same value: both spellings are looked for. */
function spellings(needle: string): string[] {
  return [...new Set([needle, needle.replace(/(\d) (?=\p{L})/gu, '$1'), needle.replace(/(\d)(?=\p{L})/gu, '$1 ')])];
}

/**
 * Whether `needle` occurs in `haystack` as a whole token run (case-insensitive): "1" is found
 * in "= 1 RCU" but not in "S3", so short numeric answers are not rejected by unrelated digits.
 * A plain scan, not a RegExp: generation asks this thousands of times with different needles.
 */
export function containsToken(haystack: string, needle: string): boolean {
  const text = collapse(haystack);
  for (const spelling of spellings(collapse(needle))) {
    if (spelling === '') continue;
    for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
      const before = at === 0 ? '' : text[at - 1];
      const after = text[at + spelling.length] ?? '';
      if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
    }
  }
  return false;
}

/**
 * A prompt gives its answer away when the answer text appears in it. Short answers ("1", "5%")
 * are matched as tokens, longer ones as plain substrings (the stricter test).
 */
export function givesAway(prompt: string, answer: string): boolean {
  const normalized = normalizeAnswer(answer);
  if (normalized.length >= 4 && normalizeAnswer(prompt).includes(normalized)) return true;
  return containsToken(prompt, answer) || nearValueIn(prompt, answer);
}

/** Whether the prompt shows a value of the answer's dimension within NEAR_VALUE of it. */
function nearValueIn(prompt: string, answer: string): boolean {
  const target = measure(answer);
  if (!target) return false;
  return measuresIn(prompt).some((shown) => shown.dimension === target.dimension && Math.abs(shown.amount - target.amount) <= NEAR_VALUE * target.amount);
}

/** The values of the last prompt asked about: distractor picking asks about one prompt many times in a row. */
let lastPrompt: { readonly text: string; readonly measures: readonly Measure[] } | undefined;

function measuresIn(prompt: string): readonly Measure[] {
  if (lastPrompt?.text !== prompt) {
    lastPrompt = { text: prompt, measures: quantitiesWithUnits(prompt).flatMap(({ text }) => measure(text) ?? []) };
  }
  return lastPrompt.measures;
}

/** Whether every choice differs from every other once case and spacing are ignored. */
export function choicesAreDistinct(choices: readonly string[]): boolean {
  return new Set(choices.map(normalizeAnswer)).size === choices.length;
}
