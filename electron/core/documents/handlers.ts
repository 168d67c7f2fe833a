import type { documentCalls } from '../../../shared/api/calls/documents'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { catalogue, download, generate, listDocuments, prepare, preview, recordNumber, regenerate } from './document-service'
import { getFormatProfile, saveFormatProfile } from './format-profile-store'
import { assertLegalProfile } from './docx/render'

export function documentHandlers(ctx: CoreContext): HandlersOf<typeof documentCalls> {
  return {
    'documents.catalogue': () => catalogue(),
    'documents.prepare': (input) => prepare(ctx, input),
    'documents.preview': ({ request }) => preview(ctx, request),
    'documents.generate': (input) => generate(ctx, input),
    'documents.list': ({ year }) => listDocuments(ctx, year),
    'documents.recordNumber': (input) => recordNumber(ctx, input),
    'documents.regenerate': ({ id }) => regenerate(ctx, id),
    'documents.download': ({ id }) => download(ctx, id),
    'documents.getProfile': () => getFormatProfile(ctx),
    'documents.saveProfile': async ({ profile }) => {
      assertLegalProfile(profile)
      await saveFormatProfile(ctx, profile)
      return getFormatProfile(ctx)
    }
  }
}
