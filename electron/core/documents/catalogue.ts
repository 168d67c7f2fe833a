import type { DocKind } from '../../../shared/documents/spec'
import { DOCUMENT_TYPES, documentType } from './types'
import type { CatalogueEntry } from './types/document-type'

export type { CatalogueEntry } from './types/document-type'

/** The catalogue of documents.md §4, one entry per type module (types/<type>/index.ts). */
export const CATALOGUE: CatalogueEntry[] = DOCUMENT_TYPES.map((t) => t.entry)

export function catalogueEntry(kind: DocKind): CatalogueEntry {
  return documentType(kind).entry
}
