import type { documentOfficeCalls } from '../../../shared/api/calls/document-office'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { getWording, saveWording } from './wording/wording-store'
import { cancelPack, packStatus, startPack } from './pack/pack-job'

export function documentOfficeHandlers(ctx: CoreContext): HandlersOf<typeof documentOfficeCalls> {
  return {
    'wording.get': ({ kind }) => getWording(ctx, kind),
    'wording.save': ({ kind, texts }) => saveWording(ctx, kind, texts),
    'pack.start': (input) => startPack(ctx, input),
    'pack.status': ({ jobId }) => packStatus(jobId),
    'pack.cancel': ({ jobId }) => cancelPack(jobId)
  }
}
