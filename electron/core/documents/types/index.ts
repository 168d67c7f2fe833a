import type { DocKind } from '../../../../shared/documents/spec'
import { annualReportType } from './annual-report'
import { certificateType } from './certificate'
import { decisionType } from './decision'
import type { DocumentTypeModule } from './document-type'
import { dispatchType } from './dispatch'
import { minutesType } from './minutes'
import { proposalType } from './proposal'
import { registeredListType } from './registered-list'

/** Every document type, in the catalogue's order. A new type is a folder here and one line in this list. */
export const DOCUMENT_TYPES: readonly DocumentTypeModule[] = [dispatchType, registeredListType, annualReportType, proposalType, decisionType, certificateType, minutesType]

export function documentType(kind: DocKind): DocumentTypeModule {
  const found = DOCUMENT_TYPES.find((t) => t.entry.kind === kind)
  if (!found) throw new Error(`Unknown document kind ${kind}`)
  return found
}
