import type { ActResult } from '../../../shared/api/calls/cycle'
import type { CycleAction } from '../../../shared/domain/cycle/machine'
import type { CoreContext } from '../context'
import { actOnUnitYears, EMPTY_ACT_INPUT, type ActInput } from '../cycle/transitions'

/**
 * A document that changes the units' year (T11 by a tờ trình, T13 by a decision's number) goes through the cycle's
 * own transition service: the same guards and messages as the year board, all units or none.
 */
export async function actFromDocument(ctx: CoreContext, ids: number[], action: CycleAction, values: Partial<ActInput>): Promise<ActResult | null> {
  if (ids.length === 0) return null
  return actOnUnitYears(ctx, ids, { ...EMPTY_ACT_INPUT, ...values, action })
}
