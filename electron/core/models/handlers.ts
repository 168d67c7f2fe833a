import type { modelCalls } from '../../../shared/api/calls/models'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { createModel, deleteModel, listModels, setModelYear, updateModel } from './model-service'
import { modelTable } from './model-table'

export function modelHandlers(ctx: CoreContext): HandlersOf<typeof modelCalls> {
  return {
    'models.list': (filter) => listModels(ctx.db, filter),
    'models.create': (input) => createModel(ctx, input),
    'models.update': ({ id, ...input }) => updateModel(ctx, id, input),
    'models.delete': ({ id }) => deleteModel(ctx, id),
    'models.setYear': (input) => setModelYear(ctx, input),
    'models.tableD': ({ year }) => modelTable(ctx.db, year)
  }
}
