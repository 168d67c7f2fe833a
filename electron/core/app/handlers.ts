import type { appCalls } from '../../../shared/api/calls/app'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { removeSample } from '../sample/sample-service'
import { appStatus, chooseEmpty, chooseSample } from './app-service'

export function appHandlers(ctx: CoreContext): HandlersOf<typeof appCalls> {
  return {
    'app.status': () => appStatus(ctx),
    'app.loadSample': ({ sample }) => chooseSample(ctx, sample),
    'app.startEmpty': () => chooseEmpty(ctx),
    'app.removeSample': () => removeSample(ctx)
  }
}
