import type { unitCalls } from '../../../shared/api/calls/units'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { createUnit, deactivateUnit, deleteUnit, getUnit, listUnits, reactivateUnit, updateUnit } from './unit-service'

export function unitHandlers(ctx: CoreContext): HandlersOf<typeof unitCalls> {
  return {
    'units.list': (filter) => listUnits(ctx, filter),
    'units.get': ({ id }) => getUnit(ctx.db, id),
    'units.create': ({ values, confirmed }) => createUnit(ctx, values, confirmed ?? false),
    'units.update': ({ id, values, confirmed }) => updateUnit(ctx, id, values, confirmed ?? false),
    // The schema guarantees the date is present.
    'units.deactivate': ({ id, inactiveFrom, reason }) => deactivateUnit(ctx, id, inactiveFrom as string, reason),
    'units.reactivate': ({ id }) => reactivateUnit(ctx, id),
    'units.delete': ({ id }) => deleteUnit(ctx, id)
  }
}
