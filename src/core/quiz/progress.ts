import type { Card } from 'ts-fsrs';
import type { ReviewEntry } from './reviewLog';
import { isQuizRating } from './scheduler';

/**
 * Quiz progress as stored (JSON-safe: dates are ISO strings), its validation and the
 * migration from older versions. Pure: where it is stored is progressStore.ts's business.
 *
 * Version history:
 * - 1: `{ version: 1, cards: { [factId]: { due, stability, difficulty, reps, lapses, state, lastReview } } }`
 *   (the pre-release format: schedule only).
 * - 2: adds per card the FSRS fields it lacked, a short answer history (for retention), a
 *   snapshot of the fact (to follow it when its text is edited), and the study days (streak).
 * - 3: the answer history leaves the (synced) progress for the review log (reviewLog.ts, one
 *   entry per review, kept on the machine); v2's kept answers become log entries.
 */
export const PROGRESS_VERSION = 3;

/** Enough of a fact to recognise it after an edit changes its id. */
export interface FactSnapshot {
  readonly file: string;
  readonly path: readonly string[];
  readonly text: string;
}

export interface CardProgress {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  readonly state: 0 | 1 | 2 | 3;
  readonly lastReview: string;
  readonly fact?: FactSnapshot;
}

export interface Progress {
  readonly version: typeof PROGRESS_VERSION;
  readonly cards: Readonly<Record<string, CardProgress>>;
  /** Local dates (YYYY-MM-DD) with at least one answer, ascending. */
  readonly studyDays: readonly string[];
}

/** Study days kept: a year and a bit of streak. */
export const STUDY_DAYS_LIMIT = 400;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, cards: {}, studyDays: [] };
}

/** What reading stored progress found: the progress, and what could not be read (to report). */
export interface ReadProgress {
  readonly progress: Progress;
  /** Set when some or all of the stored value was unreadable and was not kept in `progress`. */
  readonly problem?: string;
  /** Version 2's kept answers, as review log entries (to merge into the log). */
  readonly migratedLog?: readonly ReviewEntry[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isState = (value: unknown): value is 0 | 1 | 2 | 3 => value === 0 || value === 1 || value === 2 || value === 3;

function readSnapshot(value: unknown): FactSnapshot | undefined {
  if (!isObject(value) || typeof value.file !== 'string' || typeof value.text !== 'string') return undefined;
  if (!Array.isArray(value.path) || !value.path.every((part) => typeof part === 'string')) return undefined;
  return { file: value.file, path: value.path as string[], text: value.text };
}

function readCard(value: unknown): CardProgress | undefined {
  if (!isObject(value)) return undefined;
  const { due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state, lastReview } = value;
  if (!isDate(due) || !isDate(lastReview) || !isState(state)) return undefined;
  if (![stability, difficulty, scheduledDays, learningSteps, reps, lapses].every(isNumber)) return undefined;
  const fact = readSnapshot(value.fact);
  return {
    due,
    stability: stability as number,
    difficulty: difficulty as number,
    scheduledDays: scheduledDays as number,
    learningSteps: learningSteps as number,
    reps: reps as number,
    lapses: lapses as number,
    state,
    lastReview,
    ...(fact ? { fact } : {}),
  };
}

/** Version 1 → 3: the schedule is kept; the fields v1 lacked start empty (learning steps 0). */
function migrateV1Card(value: unknown): CardProgress | undefined {
  if (!isObject(value)) return undefined;
  return readCard({ ...value, scheduledDays: 0, learningSteps: 0 });
}

/** Version 2 → 3: a card needs its answer history (v2 always had one) to be read as v2. */
function readV2Card(value: unknown): CardProgress | undefined {
  return isObject(value) && Array.isArray(value.history) ? readCard(value) : undefined;
}

/**
 * Version 2's kept answers ([time, rating], oldest first) as log entries. Only the latest
 * answer's interval is known (the card's scheduled days); the earlier ones are null.
 */
function v2History(id: string, value: unknown): ReviewEntry[] {
  if (!isObject(value) || !Array.isArray(value.history)) return [];
  const lastReview = typeof value.lastReview === 'string' ? Date.parse(value.lastReview) : NaN;
  const interval = isNumber(value.scheduledDays) ? value.scheduledDays : null;
  return value.history
    .filter((answer): answer is [number, 1 | 2 | 3 | 4] => Array.isArray(answer) && isNumber(answer[0]) && isQuizRating(answer[1]))
    .map(([time, grade]) => ({ card: id, time, grade, interval: time === lastReview ? interval : null }));
}

function readStudyDays(raw: unknown): string[] {
  const days = Array.isArray(raw) ? raw.filter((day): day is string => typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)) : [];
  return [...new Set(days)].sort().slice(-STUDY_DAYS_LIMIT);
}

function readCards(raw: unknown, readOne: (value: unknown) => CardProgress | undefined): { cards: Record<string, CardProgress>; bad: number } {
  const cards: Record<string, CardProgress> = {};
  let bad = 0;
  if (!isObject(raw)) return { cards, bad: 1 };
  for (const [id, value] of Object.entries(raw)) {
    const card = readOne(value);
    if (card) cards[id] = card;
    else bad++;
  }
  return { cards, bad };
}

/**
 * Reads any stored version into the current one. Never throws: what cannot be read is left
 * out of `progress` and described in `problem` (the caller keeps the raw value aside).
 */
export function readProgress(raw: unknown): ReadProgress {
  if (raw === undefined) return { progress: emptyProgress() };
  if (!isObject(raw)) return { progress: emptyProgress(), problem: 'the stored quiz progress is not an object' };
  const version = raw.version;
  if (version === 1) {
    const { cards, bad } = readCards(raw.cards, migrateV1Card);
    return withProblem({ version: PROGRESS_VERSION, cards, studyDays: [] }, bad);
  }
  if (version === 2) {
    const { cards, bad } = readCards(raw.cards, readV2Card);
    const migratedLog = isObject(raw.cards) ? Object.entries(raw.cards).flatMap(([id, value]) => v2History(id, value)) : [];
    return { ...withProblem({ version: PROGRESS_VERSION, cards, studyDays: readStudyDays(raw.studyDays) }, bad), migratedLog };
  }
  if (version === PROGRESS_VERSION) {
    const { cards, bad } = readCards(raw.cards, readCard);
    return withProblem({ version: PROGRESS_VERSION, cards, studyDays: readStudyDays(raw.studyDays) }, bad);
  }
  return {
    progress: emptyProgress(),
    problem: typeof version === 'number' && version > PROGRESS_VERSION
      ? `the stored quiz progress is from a newer version (${version}) of the extension`
      : 'the stored quiz progress has no known version',
  };
}

function withProblem(progress: Progress, bad: number): ReadProgress {
  return bad === 0 ? { progress } : { progress, problem: `${bad} stored quiz card${bad === 1 ? ' was' : 's were'} unreadable` };
}

/**
 * Two copies (two windows, two machines) become one: per card the later review wins, study
 * days are united. Commutative, so the order windows write in does not matter.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const cards: Record<string, CardProgress> = { ...a.cards };
  for (const [id, card] of Object.entries(b.cards)) {
    const mine = cards[id];
    if (!mine || laterReview(card, mine)) cards[id] = card;
  }
  const studyDays = [...new Set([...a.studyDays, ...b.studyDays])].sort().slice(-STUDY_DAYS_LIMIT);
  return { version: PROGRESS_VERSION, cards, studyDays };
}

function laterReview(candidate: CardProgress, current: CardProgress): boolean {
  const diff = Date.parse(candidate.lastReview) - Date.parse(current.lastReview);
  if (diff !== 0) return diff > 0;
  return candidate.reps !== current.reps ? candidate.reps > current.reps : JSON.stringify(candidate) > JSON.stringify(current);
}

/** ts-fsrs card ⇄ stored card. */
export function toFsrsCard(card: CardProgress): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: new Date(card.lastReview),
  };
}

export function fromFsrsCard(card: Card, fact: FactSnapshot | undefined): CardProgress {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardProgress['state'],
    lastReview: (card.last_review ?? card.due).toISOString(),
    ...(fact ? { fact } : {}),
  };
}

/** The local calendar date of `time`, as YYYY-MM-DD. */
export function localDay(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}
