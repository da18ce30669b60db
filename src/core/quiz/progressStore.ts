import { applyAnswer } from './applyAnswer';
import { emptyProgress, mergeProgress, readProgress, type FactSnapshot, type Progress } from './progress';
import type { QuizRating } from './scheduler';

/** Where progress lives: `globalState` in VS Code, a Map in tests. */
export interface ProgressStorage {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

/** The current key; the version is in the key so an older extension never reads a newer shape. */
export const PROGRESS_KEY = 'awsNotes.quiz.progress.v2';
/** Older keys, newest first, migrated from when the current key is absent (and left in place). */
export const LEGACY_PROGRESS_KEYS: readonly string[] = ['awsNotes.quiz.progress.v1'];
/** Prefix of the keys unreadable progress is copied to before anything overwrites it. */
export const SET_ASIDE_PREFIX = 'awsNotes.quiz.progress.unreadable.';

/**
 * Quiz progress in a key-value storage: written after every answer, re-read and merged
 * before each write so two windows answering at once keep each other's cards, and never
 * silently reset: an unreadable value is copied to a set-aside key and reported first.
 */
export class ProgressStore {
  private current: Progress = emptyProgress();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: ProgressStorage,
    private readonly report: (message: string) => void,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  get progress(): Progress {
    return this.current;
  }

  /** Reads the stored progress (migrating an older key), keeping anything unreadable aside. */
  load(): Promise<Progress> {
    return this.serialized(async () => {
      this.current = await this.readStored();
      return this.current;
    });
  }

  /** Records one answer and writes the merged progress at once. */
  answer(cardId: string, rating: QuizRating, fact?: FactSnapshot): Promise<Progress> {
    return this.serialized(async () => {
      const stored = await this.readStored();
      this.current = applyAnswer(mergeProgress(stored, this.current), cardId, rating, this.clock(), fact);
      await this.storage.update(PROGRESS_KEY, this.current);
      return this.current;
    });
  }

  /** Replaces the in-memory progress (e.g. with cards renamed after fact edits); written with the next answer. */
  adopt(progress: Progress): void {
    this.current = progress;
  }

  private async readStored(): Promise<Progress> {
    let raw = this.storage.get(PROGRESS_KEY);
    let migrated = false;
    for (const key of LEGACY_PROGRESS_KEYS) {
      if (raw !== undefined) break;
      raw = this.storage.get(key);
      migrated = raw !== undefined;
    }
    const { progress, problem } = readProgress(raw);
    if (problem) {
      const aside = `${SET_ASIDE_PREFIX}${this.clock().toISOString()}`;
      await this.storage.update(aside, raw);
      this.report(`AWS Notes: ${problem}. The stored value was kept aside under "${aside}"; the readable cards were kept.`);
    }
    if (problem || migrated) await this.storage.update(PROGRESS_KEY, progress);
    return progress;
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
