import type { appCalls } from '../../../shared/api/calls/app'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { removeSample } from '../sample/sample-service'
import { appStatus, chooseEmpty, chooseSample, startSampleLoad } from './app-service'
import { jobStatus } from '../jobs/long-job'

export function appHandlers(ctx: CoreContext): HandlersOf<typeof appCalls> {
  return {
    'app.status': () => appStatus(ctx),
    'app.loadSample': ({ sample }) => chooseSample(ctx, sample),
    'app.sampleStart': ({ sample }) => startSampleLoad(ctx, sample),
    'app.sampleStatus': ({ jobId }) => jobStatus(jobId),
    'app.startEmpty': () => chooseEmpty(ctx),
    'app.removeSample': () => removeSample(ctx)
  }
}
