import type { DocumentRequestInput, PreparedDocument } from '../../shared/api/calls/documents'
import type { TestCore } from './temp-core'

/** The công văn and the báo cáo cite their upstream document by number and date; a clerk types it, a test supplies one. */
export const UPSTREAM_REFERENCE = 'Công văn số 395/CAT-PV05 ngày 05/3/2021 của Công an tỉnh'

const CITES_UPSTREAM: ReadonlySet<DocumentRequestInput['kind']> = new Set(['DOC-CV-DONDOC', 'DOC-BC-KETQUA'])

/** The request as a clerk sends it: the upstream reference typed (for the kinds that cite one), every held default sentence read. */
export async function preparedAsClerk(app: TestCore, kind: DocumentRequestInput['kind'], year: number): Promise<PreparedDocument> {
  const prepared = await app.call('documents.prepare', { kind, year, reference: CITES_UPSTREAM.has(kind) ? UPSTREAM_REFERENCE : null })
  const reviewed = prepared.paragraphs.filter((p) => (p.review ?? []).length > 0).map((p) => p.key)
  return { ...prepared, request: { ...prepared.request, reviewed } }
}
