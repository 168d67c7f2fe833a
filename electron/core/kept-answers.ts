import { contract, type ApiHandlers, type CallName } from '../../shared/api/contract'
import { todayInVietnam } from '../../shared/text/dates'
import type { CoreContext } from './context'
import { keptByVersion } from './db/kept-by-version'

/** Answers kept at most: the dashboard's pages of one version of the data, not a whole browsing history. */
const KEPT_ANSWERS = 200

/**
 * The calls marked `keptUntilWrite` answer from memory while the data and the day are those they were computed on:
 * the dashboard's sums scan every unit-year of the year (a tenth of a second each at province scale, issue 12) and
 * Tổng quan asks for them at every visit. The day counts too: an answer of yesterday may name a deadline as still to come.
 */
const kept = keptByVersion<unknown>(KEPT_ANSWERS, (ctx, data) => `${data}@${todayInVietnam(ctx.now())}`)

export function keepAnswersUntilWrite(ctx: CoreContext, handlers: ApiHandlers): ApiHandlers {
  const wrapped = { ...handlers }
  for (const name of Object.keys(contract) as CallName[]) {
    if (!contract[name].traits.keptUntilWrite) continue
    const handler = handlers[name] as (input: unknown) => Promise<unknown>
    ;(wrapped as Record<string, unknown>)[name] = (input: unknown) => kept(ctx, `${name}:${JSON.stringify(input)}`, () => handler(input))
  }
  return wrapped
}
