/**
 * The "never ask what the prompt gives away" rules, shared by every question kind.
 */

/** Case- and spacing-insensitive form used to compare answers and choices. */
export function normalizeAnswer(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether `needle` occurs in `haystack` as a whole token run (case-insensitive): "1" is found
 * in "= 1 RCU" but not in "S3", so short numeric answers are not rejected by unrelated digits.
 */
export function containsToken(haystack: string, needle: string): boolean {
  const trimmed = needle.trim();
  if (trimmed === '') return false;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(trimmed).replace(/\s+/g, '\\s*')}(?![\\p{L}\\p{N}])`, 'iu');
  return pattern.test(haystack);
}

/**
 * A prompt gives its answer away when the answer text appears in it. Short answers ("1", "5%")
 * are matched as tokens, longer ones as plain substrings (the stricter test).
 */
export function givesAway(prompt: string, answer: string): boolean {
  const normalized = normalizeAnswer(answer);
  if (normalized.length >= 4 && normalizeAnswer(prompt).includes(normalized)) return true;
  return containsToken(prompt, answer);
}

/** Whether every choice differs from every other once case and spacing are ignored. */
export function choicesAreDistinct(choices: readonly string[]): boolean {
  return new Set(choices.map(normalizeAnswer)).size === choices.length;
}
