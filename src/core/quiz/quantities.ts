/**
 * Finds the value a cloze can hide in a fact: a number with a unit ("400 KB", "5 minutes",
 * "1 MB/s", "5%", "$1", "3:1", "2x"), or a bare count the text marks as a limit or default
 * ("Up to 25 PutItem", "Maximum 7 instances").
 */

/** What a value measures; distractors of a multiple-choice question share it. */
export type QuantityKind = 'size' | 'rate' | 'duration' | 'percent' | 'money' | 'ratio' | 'multiplier' | 'count';

export interface Quantity {
  /** The text to hide, as written ("400 KB"; only "25" for a count). */
  readonly text: string;
  readonly start: number;
  readonly kind: QuantityKind;
}

const NUMBER = String.raw`\d+(?:[.,]\d+)*(?:\s*(?:-|–|to)\s*\d+(?:[.,]\d+)*)?(?:\/\d+)*`;
const BOUNDARY_BEFORE = String.raw`(?<![\p{L}\p{N}.\/$-])`;
const BOUNDARY_AFTER = String.raw`(?![\p{L}\p{N}])`;

/** Ordered: the first pattern that matches a span decides its kind. */
const PATTERNS: readonly { kind: QuantityKind; pattern: RegExp }[] = [
  { kind: 'rate', pattern: new RegExp(`${BOUNDARY_BEFORE}${NUMBER}\\s*(?:[KMGT]i?B|[KMG]bps|records|requests)\\s*(?:\\/\\s*(?:s|sec|second)|per\\s+sec(?:ond)?)${BOUNDARY_AFTER}`, 'giu') },
  // Bandwidth is a rate by itself: "up to 100 Gbps" is no bare count of 100.
  { kind: 'rate', pattern: new RegExp(`${BOUNDARY_BEFORE}${NUMBER}\\s*[KMGT]bps${BOUNDARY_AFTER}`, 'giu') },
  { kind: 'size', pattern: new RegExp(`${BOUNDARY_BEFORE}${NUMBER}\\s*(?:[KMGTP]i?B|bytes?)${BOUNDARY_AFTER}`, 'gu') },
  { kind: 'duration', pattern: new RegExp(`${BOUNDARY_BEFORE}${NUMBER}\\s*(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)${BOUNDARY_AFTER}`, 'giu') },
  // Compact notes' durations, unit attached: "60s", "24h", "7d" (case-sensitive: "3D" is no duration).
  { kind: 'duration', pattern: new RegExp(`${BOUNDARY_BEFORE}${NUMBER}[shd]${BOUNDARY_AFTER}`, 'gu') },
  { kind: 'percent', pattern: new RegExp(`${BOUNDARY_BEFORE}${NUMBER}\\s*%`, 'gu') },
  { kind: 'money', pattern: /(?<![\p{L}\p{N}])\$\d+(?:\.\d+)?(?![\p{L}\p{N}])/gu },
  { kind: 'ratio', pattern: /(?<![\p{L}\p{N}:])\d+:\d+(?![\p{L}\p{N}:])/gu },
  { kind: 'multiplier', pattern: /(?<![\p{L}\p{N}])\d+x(?![\p{L}\p{N}])/gu },
];

/**
 * A bare number is only worth asking when the words before it say it is a limit or default, or
 * a "max" or "at most" after it, past one word at most, does ("5 max", "5 LSIs at most").
 */
const COUNT = new RegExp(
  String.raw`(?:\b(?:up to|maximum(?: of)?|max|minimum(?: of)?|min|at least|at most|default(?: is)?:?|limited to|capped at|no more than)\s+)(${NUMBER})${BOUNDARY_AFTER}|${BOUNDARY_BEFORE}(${NUMBER})\s+(?:[\p{L}-]+\s+)?(?:max|maximum|at most)\b`,
  'giu',
);

/** The number of a COUNT match, and where it starts. */
function countOf(match: RegExpExecArray | RegExpMatchArray): Quantity {
  const number = match[1] ?? match[2];
  const start = (match.index ?? 0) + (match[1] === undefined ? 0 : match[0].length - number.length);
  return { text: number, start, kind: 'count' };
}

/** The first askable value of `text`, or undefined. Units win over bare counts. */
export function findQuantity(text: string): Quantity | undefined {
  let best: Quantity | undefined;
  for (const { kind, pattern } of PATTERNS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.start)) best = { text: match[0].trim(), start: match.index, kind };
  }
  if (best) return best;
  COUNT.lastIndex = 0;
  const count = COUNT.exec(text);
  return count ? countOf(count) : undefined;
}

/** `text` with the quantity replaced by a blank. */
export function blankOut(text: string, quantity: Quantity): string {
  return `${text.slice(0, quantity.start)}____${text.slice(quantity.start + quantity.text.length)}`;
}

/** Every value with a unit in `text` (bare counts left out), in no particular order. */
export function quantitiesWithUnits(text: string): Quantity[] {
  return PATTERNS.flatMap(({ kind, pattern }) => [...text.matchAll(pattern)].map((match) => ({ text: match[0].trim(), start: match.index, kind })));
}

/** Bytes per size unit, and seconds per duration unit (the notes check measures with them too). */
export const SIZE_FACTORS: Readonly<Record<string, number>> = { b: 1, byte: 1, bytes: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3, tb: 1e12, tib: 1024 ** 4, pb: 1e15, pib: 1024 ** 5 };
export const DURATION_FACTORS: ReadonlyArray<[RegExp, number]> = [
  [/^(ms|milliseconds?)$/, 0.001],
  [/^(s|secs?|seconds?)$/, 1],
  [/^(mins?|minutes?)$/, 60],
  [/^(h|hrs?|hours?)$/, 3600],
  [/^(d|days?)$/, 86400],
  [/^weeks?$/, 604800],
  [/^months?$/, 2592000],
  [/^years?$/, 31536000],
];

/** A value reduced to one unit per dimension: bytes, seconds, bytes per second, percent, dollars. */
export interface Measure {
  readonly dimension: 'size' | 'duration' | 'rate' | 'percent' | 'money';
  readonly amount: number;
}

const AMOUNT = String.raw`(\d+(?:,\d{3})*(?:\.\d+)?)`;
const UNIT_VALUE = new RegExp(`^${AMOUNT}\\s*([a-z]+)$`, 'i');
const RATE_VALUE = new RegExp(`^${AMOUNT}\\s*([kmgt]i?b)\\s*(?:\\/\\s*(?:s|sec|second)|per\\s+sec(?:ond)?)$`, 'i');
const PERCENT_VALUE = new RegExp(`^${AMOUNT}\\s*%$`);
const MONEY_VALUE = new RegExp(`^\\$${AMOUNT}$`);

/** What a single value amounts to ("48.8 TiB" → 5.37e13 bytes); undefined for ranges, counts and other units. */
export function measure(text: string): Measure | undefined {
  const value = text.trim();
  const number = (digits: string) => Number(digits.replace(/,/g, ''));
  const rate = RATE_VALUE.exec(value);
  if (rate) return { dimension: 'rate', amount: number(rate[1]) * SIZE_FACTORS[rate[2].toLowerCase()] };
  const percent = PERCENT_VALUE.exec(value);
  if (percent) return { dimension: 'percent', amount: number(percent[1]) };
  const money = MONEY_VALUE.exec(value);
  if (money) return { dimension: 'money', amount: number(money[1]) };
  const match = UNIT_VALUE.exec(value);
  if (!match) return undefined;
  const unit = match[2].toLowerCase();
  const size = SIZE_FACTORS[unit];
  if (size !== undefined) return { dimension: 'size', amount: number(match[1]) * size };
  const duration = DURATION_FACTORS.find(([pattern]) => pattern.test(unit));
  return duration ? { dimension: 'duration', amount: number(match[1]) * duration[1] } : undefined;
}

/**
 * What a value amounts to, so "1 minute" and "60 seconds", or "4KB" and "4 KB", count as the
 * same choice. Values it cannot reduce (ranges, counts) compare by their text without spaces.
 */
export function magnitudeKey(text: string): string {
  const value = measure(text);
  return value ? `${value.dimension}:${value.amount}` : text.toLowerCase().replace(/\s+/g, '');
}

/**
 * Every value of `text`, in order: the unit quantities (the first pattern wins a span), then the
 * bare counts the text marks as a limit or default that no unit quantity already covers.
 * The notes check compares them with the documented values.
 */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const overlaps = (start: number, end: number) => found.some((q) => start < q.start + q.text.length && q.start < end);
  // matchAll starts at the pattern's lastIndex, which findQuantity's exec leaves behind.
  for (const { kind, pattern } of PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const value = match[0].trim();
      if (!overlaps(match.index, match.index + value.length)) found.push({ text: value, start: match.index, kind });
    }
  }
  COUNT.lastIndex = 0;
  for (const match of text.matchAll(COUNT)) {
    const count = countOf(match);
    if (!overlaps(count.start, count.start + count.text.length)) found.push(count);
  }
  return found.sort((a, b) => a.start - b.start);
}
