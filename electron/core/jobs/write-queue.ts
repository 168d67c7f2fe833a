import type BetterSqlite3 from 'better-sqlite3'
import { contract, type ApiHandlers, type CallName } from '../../../shared/api/contract'
import type { CoreContext } from '../context'

/**
 * While an import writes its one transaction on its own connection, the app's connection keeps answering reads
 * (WAL: they see the data as it was before the import). A write there would wait on SQLite's lock with the thread
 * blocked, so the import could never finish: the writing calls wait here instead, in order, and run after it.
 */
const held = new WeakMap<BetterSqlite3.Database, Promise<void>>()

/** True while a job holds the writes of this database. */
export function writesHeld(ctx: CoreContext): boolean {
  return held.has(ctx.sqlite)
}

/** Resolves once no job holds the writes (at once when none does). */
export async function writesFree(ctx: CoreContext): Promise<void> {
  for (let hold = held.get(ctx.sqlite); hold; hold = held.get(ctx.sqlite)) await hold
}

/** Runs `work` with the writes of the app's connection held until it ends, however it ends. */
export async function holdWrites<T>(ctx: CoreContext, work: () => Promise<T>): Promise<T> {
  const running = work()
  const released = running.then(
    () => undefined,
    () => undefined
  )
  held.set(ctx.sqlite, released)
  try {
    return await running
  } finally {
    held.delete(ctx.sqlite)
  }
}

/** Calls that pass at once: reads, and the import's own start (refused at once while one runs) and cancel. */
const passes = (name: CallName) => contract[name].traits.reads === true || contract[name].traits.jobCall === true

/** Every other call waits while a job holds the writes, then runs as it would have. */
export function queueWritesBehindJobs(ctx: CoreContext, handlers: ApiHandlers): ApiHandlers {
  const wrapped = { ...handlers }
  for (const name of Object.keys(contract) as CallName[]) {
    if (passes(name)) continue
    const handler = handlers[name] as (input: unknown) => Promise<unknown>
    ;(wrapped as Record<string, unknown>)[name] = async (input: unknown) => {
      if (writesHeld(ctx)) await writesFree(ctx)
      return handler(input)
    }
  }
  return wrapped
}
