import { contract, type ApiHandlers, type CallName } from '../../shared/api/contract'
import { todayInVietnam } from '../../shared/text/dates'
import type { CoreContext } from './context'
import { dataVersion } from './db/data-version'

/** Answers kept at most: the dashboard's pages of one version of the data, not a whole browsing history. */
const KEPT_ANSWERS = 200

/**
 * The calls marked `keptUntilWrite` answer from memory while the data and the day are those they were computed on:
 * the dashboard's sums scan every unit-year of the year (a tenth of a second each at province scale, issue 12) and
 * Tổng quan asks for them at every visit. An answer is kept only if no write happened while it was computed.
 */
export function keepAnswersUntilWrite(ctx: CoreContext, handlers: ApiHandlers): ApiHandlers {
  const kept = new Map<string, unknown>()
  let keptAt: string | null = null
  const wrapped = { ...handlers }
  for (const name of Object.keys(contract) as CallName[]) {
    if (!contract[name].traits.keptUntilWrite) continue
    const handler = handlers[name] as (input: unknown) => Promise<unknown>
    ;(wrapped as Record<string, unknown>)[name] = async (input: unknown) => {
      const before = versionOf(ctx)
      if (before !== keptAt) {
        kept.clear()
        keptAt = before
      }
      const key = `${name}:${JSON.stringify(input)}`
      if (before !== null && kept.has(key)) return kept.get(key)
      const answer = await handler(input)
      if (before !== null && versionOf(ctx) === before && keptAt === before) {
        if (kept.size >= KEPT_ANSWERS) kept.delete(kept.keys().next().value!)
        kept.set(key, answer)
      }
      return answer
    }
  }
  return wrapped
}

/** The data's version and today's date: an answer of yesterday may name a deadline as still to come. */
function versionOf(ctx: CoreContext): string | null {
  const version = dataVersion(ctx)
  return version === null ? null : `${version}@${todayInVietnam(ctx.now())}`
}
