import type { handoverCalls } from '../../../shared/api/calls/handover'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { exportHandover, importHandover, previewHandover } from './handover-service'

export function handoverHandlers(ctx: CoreContext): HandlersOf<typeof handoverCalls> {
  return {
    'handover.export': ({ folder }) => exportHandover(ctx, folder),
    'handover.preview': ({ file }) => previewHandover(file),
    'handover.import': ({ file }) => importHandover(ctx, file)
  }
}
