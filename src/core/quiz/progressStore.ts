import { applyAnswer, reviewEntry } from './applyAnswer';
import { emptyProgress, mergeProgress, readProgress, type FactSnapshot, type Progress } from './progress';
import { mergeReviewLogs, parseReviewLog, renameLogCards, serializeReviewLog, type ReadReviewLog, type ReviewEntry } from './reviewLog';
import type { QuizRating } from './scheduler';

/** Where the schedule lives: `globalState` in VS Code (synced), a Map in tests. */
export interface ProgressStorage {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

/** Where the review log lives: a file under `globalStorageUri` in VS Code (not synced), memory in tests. */
export interface ReviewLogStorage {
  /** The stored text, or undefined when there is none yet; rejects when it cannot be read (too big, unreadable). */
  read(): Promise<string | undefined>;
  write(text: string): Promise<void>;
  /** Moves the stored log, as it is, to a new name built from `stamp`; resolves to that name, for the message. */
  keepAside(stamp: string): Promise<string>;
}

/** The current key; the version is in the key so an older extension never reads a newer shape. */
export const PROGRESS_KEY = 'awsNotes.quiz.progress.v3';
/** Older keys, newest first, migrated from when the current key is absent (and left in place). */
export const LEGACY_PROGRESS_KEYS: readonly string[] = ['awsNotes.quiz.progress.v2', 'awsNotes.quiz.progress.v1'];
/** Prefix of the keys unreadable progress is copied to before anything overwrites it. */
export const SET_ASIDE_PREFIX = 'awsNotes.quiz.progress.unreadable.';

export interface AnswerOptions {
  /** False for an exam answer on a card that was not due: logged, not rescheduled. Default true. */
  readonly reschedule?: boolean;
}

/**
 * Quiz progress: the schedule in a key-value storage (synced) and the review log beside it
 * (local). Both are written after every answer, re-read and merged before each write (the
 * schedule card by card, the log entry by entry) so two windows answering at once keep each
 * other's answers, and never silently reset: an unreadable value is kept aside and reported.
 */
export class ProgressStore {
  private current: Progress = emptyProgress();
  private currentLog: readonly ReviewEntry[] = [];
  /** Cards renamed in this window (followed their edited facts): applied to the log as read. */
  private readonly renames = new Map<string, string>();
  /** Set when an unreadable log could not be kept aside either: it is then never overwritten. */
  private logFrozen = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: ProgressStorage,
    private readonly logStorage: ReviewLogStorage,
    private readonly report: (message: string) => void,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  get progress(): Progress {
    return this.current;
  }

  /** Every review this machine kept, oldest first. */
  get log(): readonly ReviewEntry[] {
    return this.currentLog;
  }

  /** Reads the stored progress and log (migrating an older key), keeping anything unreadable aside. */
  load(): Promise<Progress> {
    return this.serialized(async () => {
      this.currentLog = await this.readStoredLog();
      this.current = await this.readStored();
      return this.current;
    });
  }

  /** Records one answer (schedule and log entry) and writes both at once. */
  answer(cardId: string, rating: QuizRating, fact?: FactSnapshot, options: AnswerOptions = {}): Promise<Progress> {
    return this.serialized(async () => {
      const storedLog = await this.readStoredLog();
      const stored = await this.readStored();
      const now = this.clock();
      this.current = applyAnswer(mergeProgress(stored, this.current), cardId, rating, now, fact, options.reschedule ?? true);
      this.currentLog = mergeReviewLogs(mergeReviewLogs(storedLog, this.currentLog), [reviewEntry(this.current, cardId, rating, now)]);
      await this.writeLog();
      await this.storage.update(PROGRESS_KEY, this.current);
      return this.current;
    });
  }

  /** Replaces the in-memory progress (cards renamed after fact edits, `renames` old id → new id); written with the next answer. */
  adopt(progress: Progress, renames: ReadonlyMap<string, string> = new Map()): void {
    this.current = progress;
    for (const [from, to] of renames) this.renames.set(from, to);
    this.currentLog = renameLogCards(this.currentLog, renames);
  }

  private async readStored(): Promise<Progress> {
    let raw = this.storage.get(PROGRESS_KEY);
    let migrated = false;
    for (const key of LEGACY_PROGRESS_KEYS) {
      if (raw !== undefined) break;
      raw = this.storage.get(key);
      migrated = raw !== undefined;
    }
    const { progress, problem, migratedLog } = readProgress(raw);
    if (problem) {
      const aside = `${SET_ASIDE_PREFIX}${this.clock().toISOString()}`;
      await this.storage.update(aside, raw);
      this.report(`AWS Notes: ${problem}. The stored value was kept aside under "${aside}"; the readable cards were kept.`);
    }
    if (migratedLog && migratedLog.length > 0) {
      // The log first: if the window stops before the schedule is written, the next load migrates again (the union makes that harmless).
      this.currentLog = mergeReviewLogs(this.currentLog, renameLogCards(migratedLog, this.renames));
      await this.writeLog();
    }
    if (problem || migrated) await this.storage.update(PROGRESS_KEY, progress);
    return progress;
  }

  private async readStoredLog(): Promise<readonly ReviewEntry[]> {
    if (this.logFrozen) return this.currentLog;
    let read: ReadReviewLog;
    try {
      read = parseReviewLog(await this.logStorage.read());
    } catch (error) {
      read = { entries: [], problem: `the quiz review log could not be read (${error instanceof Error ? error.message : String(error)})` };
    }
    const entries = renameLogCards(read.entries, this.renames);
    if (read.problem) await this.keepLogAside(read.problem, entries);
    return entries;
  }

  /** An unreadable log is moved aside as it is and reported; its readable entries are written back. */
  private async keepLogAside(problem: string, readable: readonly ReviewEntry[]): Promise<void> {
    let aside: string;
    try {
      aside = await this.logStorage.keepAside(this.clock().toISOString().replace(/[:.]/g, '-'));
    } catch (error) {
      this.logFrozen = true;
      this.report(`AWS Notes: ${problem}, and could not be kept aside (${error instanceof Error ? error.message : String(error)}); it is left as it is and this window's reviews are not logged.`);
      return;
    }
    this.report(`AWS Notes: ${problem}. It was kept aside as "${aside}"; the readable entries were kept.`);
    this.currentLog = mergeReviewLogs(this.currentLog, readable);
    await this.writeLog();
  }

  /** A log that cannot be written is reported; the schedule is still written. */
  private async writeLog(): Promise<void> {
    if (this.logFrozen) return;
    try {
      await this.logStorage.write(serializeReviewLog(this.currentLog));
    } catch (error) {
      this.report(`AWS Notes: the quiz review log could not be written (${error instanceof Error ? error.message : String(error)}).`);
    }
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
