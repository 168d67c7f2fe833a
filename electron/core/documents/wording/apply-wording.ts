import type { DocumentRequest, EditableParagraphView } from '../../../../shared/api/calls/documents'
import type { WordingField } from '../../../../shared/api/calls/document-office'
import { fillFields } from './fields'

const LIST_PARTS = ['addressees', 'bases', 'recipients'] as const

const linesOf = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l !== '')

/** The request's Kính gửi, căn cứ and Nơi nhận from the office's texts, where it has them (fields filled). */
export function withOfficeLists(request: DocumentRequest, texts: Record<string, string>, fields: WordingField[]): DocumentRequest {
  const out = { ...request }
  for (const part of LIST_PARTS) {
    const text = texts[part]
    if (text !== undefined) out[part] = linesOf(fillFields(text, fields).text)
  }
  return out
}

/**
 * The editor's paragraphs with the office's texts in place of the built-in ones, fields filled; `fields` lists the
 * values that came from named fields, so the editor and the preview can highlight them. The per-document edits the
 * page then makes are kept in the request as before.
 */
export function withOfficeParagraphs(paragraphs: EditableParagraphView[], texts: Record<string, string>, fields: WordingField[]): EditableParagraphView[] {
  return paragraphs.map((p) => {
    const own = texts[p.key]
    if (own === undefined || p.key === 'bases') return p
    const filled = fillFields(own, fields)
    return { ...p, text: filled.text, office: true, fields: filled.used }
  })
}
