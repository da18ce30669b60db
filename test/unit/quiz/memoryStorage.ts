import type { ProgressStorage, ReviewLogStorage } from '../../../src/core/quiz/progressStore';

/** Yields to the event loop, as a real write does, so concurrent windows interleave. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A storage like globalState, shared by every store built on it (two windows, one profile); values are copied in and out. */
export class MemoryStorage implements ProgressStorage {
  readonly values = new Map<string, unknown>();
  writes = 0;
  get(key: string): unknown {
    const value = this.values.get(key);
    return value === undefined ? undefined : structuredClone(value);
  }
  async update(key: string, value: unknown): Promise<void> {
    this.writes++;
    this.values.set(key, value === undefined ? undefined : structuredClone(value));
    await tick();
  }
}

/** The review log file, in memory: `text` is the file, `asides` what was moved aside. */
export class MemoryLogStorage implements ReviewLogStorage {
  text: string | undefined;
  readonly asides = new Map<string, string>();
  /** Set to make reading fail (an unreadable file). */
  failRead: string | undefined;
  async read(): Promise<string | undefined> {
    await tick();
    if (this.failRead) throw new Error(this.failRead);
    return this.text;
  }
  async write(text: string): Promise<void> {
    this.text = text;
    await tick();
  }
  async keepAside(stamp: string): Promise<string> {
    const name = `quiz-review-log.unreadable.${stamp}.json`;
    if (this.asides.has(name)) throw new Error(`${name} exists`);
    this.asides.set(name, this.text ?? '');
    this.text = undefined;
    this.failRead = undefined;
    return name;
  }
}
