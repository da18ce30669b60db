/** What a measurement holds on to until it is over (so that the collector cannot take it early). */
const held: unknown[] = [];

/** Heap bytes held by what `build` returns: heap after minus before, both after a full collection (needs --expose-gc). */
export function retainedBytes(build: () => unknown): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  const before = process.memoryUsage().heapUsed;
  held.push(build());
  gc();
  const after = process.memoryUsage().heapUsed;
  held.length = 0;
  return after - before;
}

export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export const MB = 1024 * 1024;
