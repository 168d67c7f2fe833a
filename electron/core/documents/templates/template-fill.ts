import { validationError } from '../../../../shared/api/errors'
import type { DocumentRequest } from '../../../../shared/api/calls/documents'
import type { WordingField } from '../../../../shared/api/calls/document-office'
import type { DocKind, DocSpec } from '../../../../shared/documents/spec'
import type { CoreContext } from '../../context'
import { officeOn } from '../../settings/office-history'
import type { FormatProfile } from '../format/profile'
import { officeNames } from '../types/shared/office-names'
import { fieldValues } from '../wording/fields'
import type { YearFacts } from '../year/year-facts'
import { brokenRule, ruleMessage } from './must-rules'
import { fillTemplate } from './template-docx'
import { templatize } from './template-spec'

/** The office's Word template of a kind, when it has uploaded one. */
export async function officeTemplate(ctx: CoreContext, kind: DocKind): Promise<{ id: number; sha256: string; content: Uint8Array } | undefined> {
  return ctx.db.selectFrom('document_template').select(['id', 'sha256', 'content']).where('doc_type', '=', kind).executeTakeFirst()
}

/** The computed figures of a document ({nam}, {dia_ban} …), for sentences the office wrote in its template. */
export async function documentFields(ctx: CoreContext, request: DocumentRequest, facts: YearFacts): Promise<WordingField[]> {
  const names = officeNames(await officeOn(ctx.db, request.date ?? `${request.issueYear}-12-31`))
  return fieldValues({ facts, committeeInText: names.committeeInText, policeInText: names.policeInText, reference: request.reference })
}

/** A spec printed through a Word template, refused with the rule named when the result breaks an NĐ 30 must-rule. */
export function fillChecked(content: Uint8Array, spec: DocSpec, fields: WordingField[], profile: FormatProfile): Buffer {
  const { parts, bytes } = fillTemplate(content, templatize(spec, fields), profile)
  const broken = brokenRule(parts, spec)
  if (broken) throw validationError(ruleMessage(broken))
  return bytes
}
