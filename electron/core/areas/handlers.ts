import type { areaCalls } from '../../../shared/api/calls/areas'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { createArea, deleteArea, listAreas, pageAreas, updateArea } from './area-service'

export function areaHandlers(ctx: CoreContext): HandlersOf<typeof areaCalls> {
  return {
    'areas.list': () => listAreas(ctx),
    'areas.page': (filter) => pageAreas(ctx, filter),
    'areas.create': (values) => createArea(ctx, values),
    'areas.update': ({ id, values }) => updateArea(ctx, id, values),
    'areas.delete': ({ id }) => deleteArea(ctx, id)
  }
}
