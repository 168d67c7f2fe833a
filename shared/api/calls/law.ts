import { z } from 'zod'
import type { Citation } from '../../domain/cycle/regulations'
import { emptyInput, optionalIsoDate, optionalText } from '../fields'
import { call } from '../call'

import { DEADLINE_READINGS, type DeadlineReading } from '../../domain/cycle/deadlines'

import { COMMUNE_AUTHORITY_CHOICES, type CommuneAuthorityChoice } from '../../domain/cycle/authority-choice'

export { DEADLINE_READINGS, type DeadlineReading }

/** The office's choices where the law is unverified or open to two readings (law-2026.md §1.4, §2, §5). */
export interface LawSettings {
  deadlineReading: DeadlineReading
  /** Who recognises a commune from 2025 (TT 48 unverified): the office's choice, shown “chưa xác minh”. */
  communeAuthority: CommuneAuthorityChoice
  /** Every citation the documents use, with the office's values where it corrected an unverified one; `shipped` is
   * the number it is known by; `editable` for the unverified ones (shown “chưa xác minh”). */
  citations: (Citation & { shipped: string; text: string; editable: boolean })[]
}

export const citationSave = z
  .object({
    shipped: z.string().min(1).max(60),
    number: optionalText('Số, ký hiệu', 60),
    date: optionalIsoDate('Ngày ban hành'),
    issuer: optionalText('Cơ quan ban hành', 200),
    subject: optionalText('Trích yếu', 600)
  })
  .strict()

export const lawCalls = {
  'law.get': call<LawSettings>()(emptyInput),
  'law.saveCitation': call<LawSettings>()(citationSave),
  'law.setDelegation': call<{ unitId: number; delegatedAreaId: number | null }>()(z.object({ unitId: z.number().int().positive(), areaId: z.number().int().positive().nullable() }).strict()),
  'law.setCommuneAuthority': call<LawSettings>()(z.object({ choice: z.enum(COMMUNE_AUTHORITY_CHOICES, { error: 'Cơ quan công nhận không hợp lệ.' }) }).strict()),
  'law.setDeadlineReading': call<LawSettings>()(z.object({ reading: z.enum(DEADLINE_READINGS, { error: 'Cách hiểu thời hạn không hợp lệ.' }) }).strict())
}
