/** One benchmark figure: the operation's median against the floor it is compared with, measured in the same run. */
export interface BenchResult {
  name: string
  median_ms: number
  floor_ms: number
  ratio: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

async function timeRuns(run: () => unknown, iterations: number): Promise<number[]> {
  await run() // warm-up: statement caches, JIT
  const times: number[] = []
  for (let i = 0; i < iterations; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  return times
}

/**
 * Times `run` and its `floor` (the same work written as directly as possible: one raw prepared statement, a raw file
 * copy…) alternately in one process, and reports both medians and their ratio.
 */
export async function measure(
  name: string,
  run: () => unknown,
  floor: () => unknown,
  iterations = 15
): Promise<BenchResult> {
  const runTimes = await timeRuns(run, iterations)
  const floorTimes = await timeRuns(floor, iterations)
  const median_ms = median(runTimes)
  const floor_ms = median(floorTimes)
  return {
    name,
    median_ms: Math.round(median_ms * 100) / 100,
    floor_ms: Math.round(floor_ms * 100) / 100,
    ratio: Math.round((median_ms / Math.max(floor_ms, 0.001)) * 100) / 100
  }
}
