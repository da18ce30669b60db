/** Timings of repeated runs, in milliseconds. */
export interface Timings {
  readonly median: number;
  readonly p95: number;
  readonly p99: number;
  readonly samples: number;
}

/** Milliseconds since an arbitrary origin, sub-millisecond. */
export function now(): number {
  return performance.now();
}

/** Runs `run` once and returns how long it took (ms) and what it returned. */
export function timeOnce<T>(run: () => T): { ms: number; value: T } {
  const start = now();
  const value = run();
  return { ms: now() - start, value };
}

/** Runs each of `inputs` through `run`, `rounds` times over, after one untimed warm-up round. */
export function timeEach<I>(inputs: readonly I[], rounds: number, run: (input: I) => unknown): Timings {
  for (const input of inputs) run(input);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const start = now();
      run(input);
      samples.push(now() - start);
    }
  }
  return summarize(samples);
}

export function summarize(samples: readonly number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), samples: sorted.length };
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** Median of `count` timed runs of `run` (after one warm-up), for costly one-shot operations. */
export function medianOf(count: number, run: () => unknown): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(timeOnce(run).ms);
  return summarize(samples).median;
}
