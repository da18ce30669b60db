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

/** Process CPU milliseconds (user + system): unlike wall time, not inflated while other processes hold the cores. */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Wall and CPU time of each call of `run` over `inputs`. */
export function timeCalls<I>(inputs: readonly I[], run: (input: I) => unknown): { wall: Timings; cpu: Timings } {
  return timePasses(1, () => run, inputs);
}

/**
 * Wall and CPU time of each call over `inputs`, in `passes` passes pooled, each pass's `run`
 * made afresh by `prepare` (untimed): a cold path timed more than once, each time cold.
 */
export function timePasses<I>(passes: number, prepare: (pass: number) => (input: I) => unknown, inputs: readonly I[]): { wall: Timings; cpu: Timings } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const run = prepare(pass);
    for (const input of inputs) {
      const cpuStart = cpuNow();
      const start = now();
      run(input);
      wall.push(now() - start);
      cpu.push(cpuNow() - cpuStart);
    }
  }
  return { wall: summarize(wall), cpu: summarize(cpu) };
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
  return mediansOf(count, run).wall;
}

/** Median wall and CPU time of `count` runs of `run` (after one warm-up). */
export function mediansOf(count: number, run: () => unknown): { wall: number; cpu: number } {
  run();
  const { wall, cpu } = timeCalls(Array.from({ length: count }, (_, i) => i), run);
  return { wall: wall.median, cpu: cpu.median };
}
