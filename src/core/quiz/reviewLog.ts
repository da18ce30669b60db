import { isQuizRating, type QuizRating } from './scheduler';

/**
 * The review log: one entry per review, kept on this machine (a file under the extension's
 * `globalStorageUri`, not synced), for the statistics. Pure: where it is stored is
 * progressStore.ts's business.
 *
 * Stored as `{ version: 1, entries: [[card, time, grade, interval], …] }` (arrays, not objects:
 * a year of reviews stays a few MB).
 */
export const REVIEW_LOG_VERSION = 1;

/** Entries kept: the newest ones. About 40 bytes each, so the file stays near 2 MB. */
export const REVIEW_LOG_LIMIT = 50_000;

export interface ReviewEntry {
  /** The card id (the fact's id). */
  readonly card: string;
  /** When it was answered, in ms since the epoch. */
  readonly time: number;
  readonly grade: QuizRating;
  /**
   * Days to the next review as scheduled by this answer (0 within the same day); null when not
   * known: answers migrated from progress v2, which did not keep it.
   */
  readonly interval: number | null;
}

/** What reading a stored log found: the readable entries, and what could not be read (to report). */
export interface ReadReviewLog {
  readonly entries: readonly ReviewEntry[];
  readonly problem?: string;
}

type StoredEntry = [string, number, QuizRating, number | null];

function readEntry(value: unknown): ReviewEntry | undefined {
  if (!Array.isArray(value) || value.length !== 4) return undefined;
  const [card, time, grade, interval] = value as unknown[];
  return readReviewEntry({ card, time, grade, interval });
}

/** An entry in its object form (as exported), checked field by field. */
export function readReviewEntry(value: unknown): ReviewEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { card, time, grade, interval } = value as Record<string, unknown>;
  if (typeof card !== 'string' || card === '' || typeof time !== 'number' || !Number.isFinite(time) || !isQuizRating(grade)) return undefined;
  if (interval !== null && (typeof interval !== 'number' || !Number.isFinite(interval) || interval < 0)) return undefined;
  return { card, time, grade, interval };
}

/** Parses the stored text. Never throws: what cannot be read is left out and described. */
export function parseReviewLog(text: string | undefined): ReadReviewLog {
  if (text === undefined) return { entries: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { entries: [], problem: 'the quiz review log is not valid JSON' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { entries: [], problem: 'the quiz review log is not an object' };
  const { version, entries } = raw as { version?: unknown; entries?: unknown };
  if (version !== REVIEW_LOG_VERSION) {
    return {
      entries: [],
      problem: typeof version === 'number' && version > REVIEW_LOG_VERSION ? `the quiz review log is from a newer version (${version}) of the extension` : 'the quiz review log has no known version',
    };
  }
  if (!Array.isArray(entries)) return { entries: [], problem: 'the quiz review log has no list of entries' };
  const read = entries.map(readEntry).filter((entry): entry is ReviewEntry => entry !== undefined);
  const bad = entries.length - read.length;
  return { entries: mergeReviewLogs(read, []), ...(bad > 0 ? { problem: `${bad} quiz review log entr${bad === 1 ? 'y was' : 'ies were'} unreadable` } : {}) };
}

export function serializeReviewLog(entries: readonly ReviewEntry[]): string {
  const stored: StoredEntry[] = entries.map((entry) => [entry.card, entry.time, entry.grade, entry.interval]);
  return JSON.stringify({ version: REVIEW_LOG_VERSION, entries: stored });
}

/** One review is one card answered at one time: the same entry read from two copies. */
function entryKey(entry: ReviewEntry): string {
  return `${entry.time}\u0000${entry.card}\u0000${entry.grade}`;
}

function byTime(a: ReviewEntry, b: ReviewEntry): number {
  return a.time - b.time || (a.card < b.card ? -1 : a.card > b.card ? 1 : a.grade - b.grade);
}

/**
 * Two copies (two windows) become one: the union of their entries — none lost — oldest first,
 * bounded to the newest REVIEW_LOG_LIMIT. Commutative and idempotent: an entry known with its
 * interval beats the same entry without (a v2 migration racing a v3 answer).
 */
export function mergeReviewLogs(a: readonly ReviewEntry[], b: readonly ReviewEntry[]): readonly ReviewEntry[] {
  const union = new Map<string, ReviewEntry>();
  for (const entry of [...a, ...b]) {
    const key = entryKey(entry);
    const known = union.get(key);
    if (!known || (known.interval ?? -1) < (entry.interval ?? -1)) union.set(key, entry);
  }
  return [...union.values()].sort(byTime).slice(-REVIEW_LOG_LIMIT);
}

/** The log with cards renamed (a card followed its edited fact): its past reviews follow it. */
export function renameLogCards(entries: readonly ReviewEntry[], renames: ReadonlyMap<string, string>): readonly ReviewEntry[] {
  if (renames.size === 0) return entries;
  return entries.map((entry) => {
    const renamed = renames.get(entry.card);
    return renamed === undefined ? entry : { ...entry, card: renamed };
  });
}
