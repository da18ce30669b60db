/**
 * The numbers 0 … `count` − 1 in the order of `compare` (negative: the first comes first),
 * taken from the front one at a time: a ranking that stops after its head pops a few of
 * thousands instead of sorting them all. `compare` must be a total order; the numbers then
 * come out exactly as a sort would put them. Reused by every search (`reset`).
 */
export class RankingHeap {
  private readonly heap: Int32Array;
  private length = 0;
  private compare: (a: number, b: number) => number = (a, b) => a - b;

  constructor(capacity: number) {
    this.heap = new Int32Array(capacity);
  }

  /** Holds 0 … `count` − 1 afresh, ordered by `compare`. */
  reset(count: number, compare: (a: number, b: number) => number): void {
    this.compare = compare;
    this.length = count;
    for (let i = 0; i < count; i++) this.heap[i] = i;
    for (let i = (count >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  get size(): number {
    return this.length;
  }

  /** The first number left (the heap must not be empty). */
  peek(): number {
    return this.heap[0];
  }

  /** Takes the first number off the front. */
  pop(): number {
    const first = this.heap[0];
    this.length--;
    if (this.length > 0) {
      this.heap[0] = this.heap[this.length];
      this.siftDown(0);
    }
    return first;
  }

  private siftDown(start: number): void {
    const { heap, compare, length } = this;
    const moving = heap[start];
    let at = start;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= length) break;
      if (child + 1 < length && compare(heap[child + 1], heap[child]) < 0) child++;
      if (compare(heap[child], moving) >= 0) break;
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = moving;
  }
}
