import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median wall time of the timed runs, in milliseconds. */
  median: number;
  min: number;
  /**
   * Median CPU time (user + system) of this process, in milliseconds. Other processes on a
   * shared machine stretch wall time but barely this, so it is the steadier figure under load.
   */
  cpuMedian: number;
  runs: number;
}

export interface BenchCase {
  fn: () => unknown;
  /** Runs per round: more for fast cases, so their medians rest on more samples. */
  perRound: number;
}

export interface RoundOptions {
  /** Untimed rounds first, so the JIT and caches settle. */
  warmupRounds: number;
  rounds: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Sample {
  wall: number;
  cpu: number;
}

function summarize(samples: readonly Sample[]): Timing {
  const walls = samples.map((s) => s.wall);
  return {
    median: median(walls),
    min: Math.min(...walls),
    cpuMedian: median(samples.map((s) => s.cpu)),
    runs: samples.length,
  };
}

/**
 * Times every case in interleaved rounds (each round runs each case `perRound` times). On a
 * shared machine the load changes over a run; interleaving spreads it over all cases alike, so
 * ratios between cases stay meaningful even when absolute times drift.
 */
export function measureRounds(cases: readonly BenchCase[], options: RoundOptions): Timing[] {
  const samples = cases.map((): Sample[] => []);
  for (let round = 0; round < options.warmupRounds + options.rounds; round++) {
    const timed = round >= options.warmupRounds;
    cases.forEach((c, i) => {
      for (let k = 0; k < c.perRound; k++) {
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        c.fn();
        const wall = performance.now() - start;
        const cpu = process.cpuUsage(cpuStart);
        if (timed) samples[i]!.push({ wall, cpu: (cpu.user + cpu.system) / 1000 });
      }
    });
  }
  return samples.map(summarize);
}
