import type { Kysely } from 'kysely'
import type { AreaKind } from '../../../shared/domain/areas'
import type { Database } from '../db/schema'
import { loadLawSettings } from './law-settings'
import { recognitionAuthority, regulationById, type AuthorityRule, type Regulation } from '../../../shared/domain/cycle/regulations'
import { officeOn } from '../settings/office-history'
import type { UnitFactAuthority } from '../documents/year/year-facts'
import type { ManagingLevel, UnitType } from '../../../shared/domain/units'
import type { OfficeLevel } from '../../../shared/domain/office'
import { committeeLines, territoryInSentence } from '../documents/types/shared/office-names'
import { COMMUNE_AUTHORITY_LABELS, type CommuneAuthorityChoice } from '../../../shared/domain/cycle/authority-choice'

/**
 * THE rule of who recognises a unit (TT 124 Điều 10) and so whom its tờ trình is addressed to: one module, so the
 * unit-year page and the documents can never disagree (issue 11 item 10). Where the law is unverified (TT 48/2025 on
 * communes, law-2026.md §2) the office's choice is used and marked “chưa xác minh”.
 */

export const UNVERIFIED = 'chưa xác minh'

const LOWER: Partial<Record<ManagingLevel, ManagingLevel>> = { TINH: 'HUYEN', HUYEN: 'XA' }
const LEVEL_BODY: Record<ManagingLevel, string> = { XA: 'UBND cấp xã', HUYEN: 'UBND cấp huyện', TINH: 'UBND cấp tỉnh', TRUNG_UONG: 'Bộ Công an' }

/**
 * The level one below `level` in a year (Điều 10.5 “cấp dưới một cấp”): from 2025 there is no district government
 * (law-2026.md §3), so the level below the province is the commune.
 */
export function levelBelow(level: ManagingLevel, year: number): ManagingLevel | null {
  if (level === 'TINH' && year >= 2025) return 'XA'
  return LOWER[level] ?? null
}

export interface RecognisingAuthority {
  level: ManagingLevel
  /** “UBND cấp tỉnh”, “Bộ Công an” … */
  body: string
  article: string | null
  /** Delegated one level down by the upper UBND (Điều 10.5). */
  delegated: boolean
  unverified: boolean
  /** The body is the office's choice where the law is unverified (TT 48 on communes): documents warn of it. */
  officeChoice: boolean
  /** The body as the unit-year page shows it, with “(chưa xác minh)” where it is. */
  label: string
}

export interface AuthorityUnit {
  type: UnitType
  managingLevel: ManagingLevel
  /** The level of the area the recognition was delegated to (Điều 10.5), if any. */
  delegatedLevel: ManagingLevel | null
}

function labelOf(body: string, unverified: boolean, delegated: boolean): string {
  return `${body}${delegated ? ' (được ủy quyền)' : ''}${unverified ? ` (${UNVERIFIED})` : ''}`
}

export function recognisingAuthority(regulation: Regulation, unit: AuthorityUnit, communeChoice: CommuneAuthorityChoice): RecognisingAuthority | null {
  if (unit.delegatedLevel) {
    const rule = recognitionAuthority(regulation, unit.type, unit.managingLevel)
    const body = LEVEL_BODY[unit.delegatedLevel]
    const unverified = rule?.status === 'U'
    return { level: unit.delegatedLevel, body, article: 'khoản 5 Điều 10 Thông tư số 124/2021/TT-BCA', delegated: true, unverified, officeChoice: false, label: labelOf(body, unverified, true) }
  }
  const rule: AuthorityRule | null = recognitionAuthority(regulation, unit.type, unit.managingLevel)
  if (!rule) return null
  const body = rule.officeChoice ? COMMUNE_AUTHORITY_LABELS[communeChoice] : rule.body
  const unverified = rule.status === 'U'
  return { level: rule.level, body, article: rule.article ?? null, delegated: false, unverified, officeChoice: rule.officeChoice === true, label: labelOf(body, unverified, false) }
}

export interface AddresseeOffice {
  level: OfficeLevel | null
  peoplesCommitteeName: string
  parentBodyName: string | null
}

/**
 * The tờ trình's addressee for an authority: the office's own People's Committee at its own level; the level above
 * is named from the parent police (“CÔNG AN THÀNH PHỐ HỒ CHÍ MINH” → “Ủy ban nhân dân thành phố Hồ Chí Minh”) [INF];
 * Bộ Công an by its minister (Điều 9.1.d).
 */
export function addresseeOf(authority: RecognisingAuthority, office: AddresseeOffice): string {
  const head = authority.body.startsWith('Chủ tịch') ? 'Chủ tịch ' : ''
  if (authority.level === 'TRUNG_UONG') return 'Bộ trưởng Bộ Công an'
  if (office.level === authority.level || office.level === null) {
    return `${head}Ủy ban nhân dân ${territoryInSentence(committeeLines(office.peoplesCommitteeName)[1] ?? '')}`
  }
  const parentTerritory = office.parentBodyName?.normalize('NFC').replace(/^CÔNG AN\s*/u, '').trim()
  if (parentTerritory) return `${head}Ủy ban nhân dân ${territoryInSentence(parentTerritory)}`
  return `${head}Ủy ban nhân dân ${authority.body.replace(/^(Chủ tịch )?UBND /u, '')}`
}

/** The authority of one unit as stored: its delegation read from the area it was delegated to, the office's choice. */
export async function authorityOfUnit(
  db: Kysely<Database>,
  regulation: Regulation,
  unit: { type: UnitType; managing_level: string; delegated_area_id: number | null }
): Promise<RecognisingAuthority | null> {
  const area = unit.delegated_area_id ? await db.selectFrom('admin_area').select('kind').where('id', '=', unit.delegated_area_id).executeTakeFirst() : undefined
  const { communeAuthority } = await loadLawSettings(db)
  return recognisingAuthority(regulation, { type: unit.type, managingLevel: unit.managing_level as ManagingLevel, delegatedLevel: area ? levelOfAreaKind(area.kind) : null }, communeAuthority)
}

/** The government level of an area kind (a ward is a commune-level area). */
export function levelOfAreaKind(kind: AreaKind): ManagingLevel {
  if (kind === 'TINH') return 'TINH'
  if (kind === 'HUYEN') return 'HUYEN'
  return 'XA'
}

/**
 * Every unit's authority and addressee in a year, for the documents (one read of the office, the choice and the areas
 * units were delegated to).
 */
export async function unitAuthorities(
  db: Kysely<Database>,
  year: number,
  regulationId: string | null
): Promise<(type: UnitType, managingLevel: ManagingLevel, delegatedAreaId: number | null) => UnitFactAuthority | null> {
  if (!regulationId) return () => null
  const regulation = regulationById(regulationId)
  const office = await officeOn(db, `${year}-12-31`)
  const { communeAuthority } = await loadLawSettings(db)
  const kinds = new Map((await db.selectFrom('admin_area').select(['id', 'kind']).execute()).map((a) => [a.id, a.kind]))
  return (type, managingLevel, delegatedAreaId) => {
    const kind = delegatedAreaId ? kinds.get(delegatedAreaId) : undefined
    const authority = recognisingAuthority(regulation, { type, managingLevel, delegatedLevel: kind ? levelOfAreaKind(kind) : null }, communeAuthority)
    return authority ? { addressee: addresseeOf(authority, office), label: authority.label, officeChoice: authority.officeChoice } : null
  }
}
