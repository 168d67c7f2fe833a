import type { WordingField } from '../../../../shared/api/calls/document-office'
import type { OfficeProfile } from '../../../../shared/api/calls/settings'
import type { DocKind } from '../../../../shared/documents/spec'
import type { CoreContext } from '../../context'
import { officeNames } from '../compose'
import type { YearFacts } from '../year/year-facts'
import { fieldValues } from './fields'
import { officeTexts } from './wording-store'

/** The office's texts of one type and the field values of this document, ready to fill. */
export async function officeWordingFor(ctx: CoreContext, kind: DocKind, office: OfficeProfile, facts: YearFacts, reference: string | null): Promise<{ texts: Record<string, string>; fields: WordingField[] }> {
  const texts = await officeTexts(ctx, kind)
  if (Object.keys(texts).length === 0) return { texts, fields: [] }
  const names = officeNames(office)
  return { texts, fields: fieldValues({ facts, committeeInText: names.committeeInText, policeInText: names.policeInText, reference }) }
}
