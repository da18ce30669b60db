/**
 * The `capacity` first facts scored so far in the ranking's order (`compare`, over facts named
 * by number), each of a different text (identical texts show as one). Its last member tells
 * whether a fact not scored yet could still enter the head: one whose upper bound comes after
 * it cannot, since `capacity` other texts come before it.
 */
export class HeadOfRanking {
  private readonly members: number[] = [];
  private readonly keys: string[] = [];
  private readonly held = new Set<string>();

  constructor(
    private readonly capacity: number,
    private readonly compare: (a: number, b: number) => number,
  ) {}

  /** Whether fact `at`, as it compares now, comes after `capacity` texts of the head. */
  excludes(at: number): boolean {
    return this.members.length >= this.capacity && this.compare(at, this.members[this.members.length - 1]) > 0;
  }

  /**
   * A scored fact. A text already held keeps its entry (a later, better copy only makes the
   * head's last member later than it could be: never too early).
   */
  add(at: number, key: string): void {
    // An unbounded head never excludes: nothing to keep.
    if (this.capacity === Infinity || this.held.has(key) || this.excludes(at)) return;
    let place = this.members.length;
    while (place > 0 && this.compare(at, this.members[place - 1]) < 0) place--;
    // Moved up by hand: `splice` makes an array (of what it removed) on every call.
    const { members, keys } = this;
    members.push(at);
    keys.push(key);
    for (let i = members.length - 1; i > place; i--) {
      members[i] = members[i - 1];
      keys[i] = keys[i - 1];
    }
    members[place] = at;
    keys[place] = key;
    this.held.add(key);
    if (this.members.length > this.capacity) {
      this.members.pop();
      this.held.delete(this.keys.pop()!);
    }
  }
}
