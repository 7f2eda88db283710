/** Summaries of repeated measurements: on shared machines one figure alone says little, its spread says how much. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: p99 of 200 samples is the second-worst, never an interpolation between two.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Median and range of one figure over the repetitions. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function summarise(samples: readonly number[]): Summary {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), samples: [...samples] };
}

/** Runs `repetitions` times and summarises each named figure the run returns. */
export async function repeat<K extends string>(
  repetitions: number,
  run: (repetition: number) => Promise<Record<K, number>>,
): Promise<Record<K, Summary>> {
  const collected = {} as Record<K, number[]>;
  for (let i = 0; i < repetitions; i++) {
    const figures = await run(i);
    for (const [name, value] of Object.entries(figures) as Array<[K, number]>) (collected[name] ??= []).push(value);
  }
  return Object.fromEntries(Object.entries(collected).map(([name, values]) => [name, summarise(values as number[])])) as Record<K, Summary>;
}

/** Elapsed milliseconds, with sub-millisecond resolution. */
export function stopwatch(): () => number {
  const start = process.hrtime.bigint();
  return () => Number(process.hrtime.bigint() - start) / 1e6;
}
