import type { documentOfficeCalls } from '../../../shared/api/calls/document-office'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { getWording, saveWording } from './wording/wording-store'
import { cancelPack, packStatus, startPack } from './pack/pack-job'
import { downloadTemplate, listTemplates, resetTemplate, uploadTemplate } from './templates/template-store'

export function documentOfficeHandlers(ctx: CoreContext): HandlersOf<typeof documentOfficeCalls> {
  return {
    'wording.get': ({ kind }) => getWording(ctx, kind),
    'wording.save': ({ kind, texts }) => saveWording(ctx, kind, texts),
    'template.list': () => listTemplates(ctx),
    'template.download': ({ kind, file }) => downloadTemplate(ctx, kind, file),
    'template.upload': (input) => uploadTemplate(ctx, input),
    'template.reset': ({ kind }) => resetTemplate(ctx, kind),
    'pack.start': (input) => startPack(ctx, input),
    'pack.status': ({ jobId }) => packStatus(jobId),
    'pack.cancel': ({ jobId }) => cancelPack(jobId)
  }
}
