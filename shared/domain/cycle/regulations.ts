import data from '../../../resources/regulations/regulations.json'
import type { ManagingLevel, UnitType } from '../units'

/** The legal bases as versioned data (domain.md §2), read from resources/regulations/regulations.json. */

export type RegulationId = 'TT23_2012' | 'TT124_2021' | 'TT124_TT48_2025'
export type Basis = 'TT23' | 'TT124'
export type TextStatus = 'VERBATIM_C' | 'REPORTED_R' | 'OFFICE_ENTERED' | 'PLACEHOLDER'
export type CriterionKind = 'BOOL' | 'COMPUTED' | 'COMPOSITE' | 'DERIVED'
export type CycleExclusionCode = 'LLVT' | 'DN_NHO_SIEU_NHO' | 'CSGD_MN_TH' | 'NGUNG_HOAT_DONG' | 'KHONG_TRIEN_KHAI' | 'KHAC'

/** [year offset, month, day]: [-1, 11, 1] is 1 November of the year before. */
export type RelativeDate = [number, number, number]

export interface UnitTypeRule {
  label: string
  inScope: boolean
  exclusions: CycleExclusionCode[]
  period: { start: RelativeDate; end: RelativeDate }
  /** School year (TT 23): the period ends at the school year's closing. */
  schoolYear?: boolean
  /** [month, day] of the evaluation year. */
  registrationDue: [number, number] | null
  dossierDue: [number, number]
  /** Default appraisal date, between the dossier and the decision. */
  appraisalDue: [number, number]
  /** “trước ngày …” of the decision (TT 124 Điều 9.1): the legal deadline, read strictly or inclusively (deadlines.ts). */
  decisionBefore?: [number, number]
  /** The article that sets `decisionBefore`, as a message names it. */
  decisionArticle?: string
  /** Where the law sets no decision deadline (TT 23 unverified): the office's default date. */
  decisionDue?: [number, number]
}

export interface CriterionDefinition {
  number: number
  code: string
  shortTitle: string
  text?: string
  textStatus: TextStatus
  kind: CriterionKind
  /**
   * Computed parts, joined by “+”: registration (Q1 registration and counts), commune_rate (the commune rule of
   * §2.6), effective_models (≥ 01 movement model hoạt động hiệu quả in the year, §3.3). See criteria.ts.
   */
  formulaKey?: string
  /** Lettered points (a, b, c …) recorded one by one, e.g. “không để xảy ra …” (TT 124 Điều 4.3, 4.4, 6.3). */
  items?: CriterionItem[]
  /** Points borrowed from another criterion of the version (TT 124 Điều 7.3 cites Điều 6.3 a, b, c, đ, e, g). */
  itemsFrom?: { criterion: string; keys: string[] }
  /** “đối với những nơi đủ điều kiện bình xét danh hiệu thi đua”: the criterion may be “không áp dụng”. */
  allowNotApplicable?: boolean
  /** The sub-unit share rule of TT 124 Điều 6.5, 7.6 (formula part subunit_rate). */
  threshold?: { minPercent: number; of: string }
  /** Article and khoản the text is quoted from. */
  sourceRef?: string
}

export interface CriterionItem {
  key: string
  text: string
}

export interface DossierItemDefinition {
  code: string
  name: string
  mandatory: boolean
  /** TT 124 Điều 9.2: the registration dossier (điểm a) or the proposal dossier (điểm b). */
  stage?: 'DANG_KY' | 'DE_NGHI'
}

export interface CommuneRuleDefinition {
  memberTypes: UnitType[]
  memberManagingLevel?: ManagingLevel
  requireAllRegistered: boolean
  minRecognisedPercent: number
}

export interface AuthorityRule {
  unitType: UnitType | '*'
  managingLevel: ManagingLevel | '*'
  body: string
  /** The level of the recognising body: XA, HUYEN, TINH (UBND of that level) or TRUNG_UONG (Bộ Công an). */
  level: ManagingLevel
  status: 'C' | 'R' | 'U'
  /** The article that says so (TT 124 Điều 10); null where no verified text does. */
  article?: string | null
  /** Who recognises a commune from 2025 is unverified (law-2026.md §2): the office's choice replaces `body`. */
  officeChoice?: boolean
}

/**
 * A legal document as the căn cứ of a document cites it (NĐ 30/2020 Phụ lục I: tên loại, số, ký hiệu, ngày ban hành,
 * cơ quan ban hành, trích yếu). Status C verified, R secondary source, U unverified (office-editable, “chưa xác minh”).
 */
export interface Citation {
  kind: 'Thông tư' | 'Luật'
  /** A law's name after “Luật ” (“Tổ chức chính quyền địa phương”). */
  name?: string
  number: string | null
  date: string | null
  issuer: string | null
  subject?: string | null
  /** Laws: print “số …” (the 2025 practice) or only the date (the earlier practice). */
  printNumber?: boolean
  status: 'C' | 'R' | 'U' | 'OFFICE_ENTERED'
  source: string
}

export interface LocalGovernmentLaw {
  firstYear: number
  lastYear: number | null
  citations: Citation[]
}

export interface Regulation {
  id: RegulationId
  basis: Basis
  shortName: string
  title: string
  citation: Citation
  /** Amending circulars printed after the citation (“…, được sửa đổi, bổ sung bởi …”). */
  amendedBy?: Citation[]
  /** What is and is not known of the version, for the settings page (never printed). */
  note?: string
  firstYear: number
  lastYear: number | null
  registrationLateFailsCriterion1: boolean
  /** Default date of the year-end report ([month, day]). */
  reportDue: [number, number]
  unitTypes: Record<UnitType, UnitTypeRule>
  communeRule: CommuneRuleDefinition
  authority: AuthorityRule[]
  criteria: Record<UnitType, CriterionDefinition[]>
  dossierItems: Record<UnitType, DossierItemDefinition[]>
}

type RawVersion = Record<string, unknown> & { id: string; copyOf?: string }

const UNIT_TYPE_KEYS: UnitType[] = ['KDC', 'XA', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD']

/** Resolves the shorthand of the data file: `copyOf` a version, a type pointing at another type, a version's list. */
function resolve(): Regulation[] {
  const raw = data.versions as unknown as RawVersion[]
  const byId = new Map<string, RawVersion>()
  for (const version of raw) {
    const base = version.copyOf ? byId.get(version.copyOf) : undefined
    byId.set(version.id, { ...(base ?? {}), ...version })
  }
  const perType = <T>(value: unknown, field: string): Record<UnitType, T> => {
    const table = typeof value === 'string' ? (byId.get(value)?.[field] as Record<string, unknown>) : (value as Record<string, unknown>)
    const out = {} as Record<UnitType, T>
    for (const type of UNIT_TYPE_KEYS) {
      let entry = table[type] ?? table['*']
      if (typeof entry === 'string') entry = table[entry]
      out[type] = entry as T
    }
    return out
  }
  return [...byId.values()].map((version) => ({
    ...(version as unknown as Regulation),
    unitTypes: withLabels(perType<UnitTypeRule>(version.unitTypes, 'unitTypes'), version.unitTypeLabels as Partial<Record<UnitType, string>> | undefined),
    criteria: withBorrowedItems(perType<CriterionDefinition[]>(version.criteria, 'criteria')),
    dossierItems: perType<DossierItemDefinition[]>(version.dossierItems, 'dossierItems')
  }))
}

/**
 * A version that copies another's rules may rename a type: from 01/7/2025 the commune units are “xã, phường, đặc khu”
 * (law-2026.md §3, §5.2 Labels [INF]).
 */
function withLabels(rules: Record<UnitType, UnitTypeRule>, labels: Partial<Record<UnitType, string>> | undefined): Record<UnitType, UnitTypeRule> {
  if (!labels) return rules
  const out = { ...rules }
  for (const [type, label] of Object.entries(labels) as [UnitType, string][]) out[type] = { ...rules[type], label }
  return out
}

/** `itemsFrom` becomes the borrowed points themselves, so every reader sees one `items` list. */
function withBorrowedItems(criteria: Record<UnitType, CriterionDefinition[]>): Record<UnitType, CriterionDefinition[]> {
  const all = Object.values(criteria).flat()
  const out = {} as Record<UnitType, CriterionDefinition[]>
  for (const type of UNIT_TYPE_KEYS) {
    out[type] = criteria[type].map((criterion) => {
      if (!criterion.itemsFrom) return criterion
      const { criterion: code, keys } = criterion.itemsFrom
      const source = all.find((c) => c.code === code)?.items ?? []
      return { ...criterion, items: keys.map((key) => source.find((item) => item.key === key)).filter((item): item is CriterionItem => item !== undefined) }
    })
  }
  return out
}

export const REGULATIONS: readonly Regulation[] = resolve()
export const PLACEHOLDER_NOTE: string = data.placeholderNote
/** The Luật Tổ chức chính quyền địa phương in force, by evaluation year (office-editable where not verified). */
export const LOCAL_GOVERNMENT_LAWS: readonly LocalGovernmentLaw[] = data.localGovernmentLaws as LocalGovernmentLaw[]

export function regulationById(id: string): Regulation {
  const found = REGULATIONS.find((regulation) => regulation.id === id)
  if (!found) throw new Error(`Unknown regulation ${id}`)
  return found
}

/** The default mapping year → version (domain.md §2.1); null when no version applies (V16). */
export function defaultRegulationForYear(year: number): Regulation | null {
  return REGULATIONS.find((r) => year >= r.firstYear && (r.lastYear === null || year <= r.lastYear)) ?? null
}

export function isoOf(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function relativeDate(year: number, [offset, month, day]: RelativeDate): string {
  return isoOf(year + offset, month, day)
}

/** The evaluation period of a unit type in year Y (domain.md §2.3, §2.4, §5). */
export function evaluationPeriod(regulation: Regulation, type: UnitType, year: number): { start: string; end: string } {
  const rule = regulation.unitTypes[type]
  return { start: relativeDate(year, rule.period.start), end: relativeDate(year, rule.period.end) }
}

export function registrationDue(regulation: Regulation, type: UnitType, year: number): string | null {
  const due = regulation.unitTypes[type].registrationDue
  return due ? isoOf(year, due[0], due[1]) : null
}

export function defaultDossierDue(regulation: Regulation, type: UnitType, year: number): string {
  const [month, day] = regulation.unitTypes[type].dossierDue
  return isoOf(year, month, day)
}

/** Earliest accepted registration date: 01/10 of the year before (V11). */
export function registrationWindow(regulation: Regulation, type: UnitType, year: number): { from: string; to: string } {
  return { from: isoOf(year - 1, 10, 1), to: evaluationPeriod(regulation, type, year).end }
}

export function recognitionAuthority(regulation: Regulation, type: UnitType, level: ManagingLevel): AuthorityRule | null {
  return (
    regulation.authority.find((rule) => rule.unitType === type && (rule.managingLevel === level || rule.managingLevel === '*')) ??
    regulation.authority.find((rule) => rule.unitType === '*' && rule.managingLevel === level) ??
    null
  )
}

export const CYCLE_EXCLUSION_LABELS: Record<CycleExclusionCode, string> = {
  LLVT: 'Cơ quan, đơn vị lực lượng vũ trang',
  DN_NHO_SIEU_NHO: 'Doanh nghiệp nhỏ, siêu nhỏ',
  CSGD_MN_TH: 'Cơ sở giáo dục mầm non, nhà trẻ, tiểu học',
  NGUNG_HOAT_DONG: 'Ngừng hoạt động',
  KHONG_TRIEN_KHAI: 'Không triển khai trong năm',
  KHAC: 'Lý do khác'
}

export const TEXT_STATUS_LABELS: Record<TextStatus, string> = {
  VERBATIM_C: 'Nguyên văn (đã xác minh)',
  REPORTED_R: 'Theo nguồn thứ cấp',
  OFFICE_ENTERED: 'Cơ quan đã nhập/kiểm tra',
  PLACEHOLDER: 'Chưa xác minh'
}
