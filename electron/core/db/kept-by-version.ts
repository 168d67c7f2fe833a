import type { CoreContext } from '../context'
import { dataVersion } from './data-version'

interface Kept<V> {
  at: string | null
  values: Map<string, V>
}

/**
 * Values computed from the data, kept per connection while the data is the version they were computed on (at most
 * `limit`, the oldest dropped first). `version` may add what else a value depends on (today's date), or name the
 * narrower version of the tables it is computed from (`registryVersion`). A value read inside a transaction, or while
 * a write happened, is not kept.
 */
export function keptByVersion<V>(limit: number, version: (ctx: CoreContext, data: string) => string = (_ctx, data) => data) {
  const byConnection = new WeakMap<object, Kept<V>>()
  const current = (ctx: CoreContext) => {
    const data = dataVersion(ctx)
    return data === null ? null : version(ctx, data)
  }
  return async (ctx: CoreContext, key: string, compute: () => Promise<V>): Promise<V> => {
    let kept = byConnection.get(ctx.sqlite)
    if (!kept) byConnection.set(ctx.sqlite, (kept = { at: null, values: new Map() }))
    const before = current(ctx)
    if (before !== kept.at) {
      kept.values.clear()
      kept.at = before
    }
    if (before !== null && kept.values.has(key)) return kept.values.get(key)!
    const value = await compute()
    if (before !== null && current(ctx) === before && kept.at === before) {
      if (kept.values.size >= limit) kept.values.delete(kept.values.keys().next().value!)
      kept.values.set(key, value)
    }
    return value
  }
}
