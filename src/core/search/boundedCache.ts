/**
 * A map of answers worked out once and asked for again (a hover asks for the same few words
 * again and again) that forgets them all once it holds `capacity`: a session's words stay few,
 * a pasted page's do not.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Keeps `value` under `key` and returns it. */
  set(key: K, value: V): V {
    if (this.entries.size >= this.capacity) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
