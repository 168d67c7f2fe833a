import { z } from 'zod'
import { UNIT_TYPES, type ManagingLevel, type UnitType } from '../../domain/units'
import { CYCLE_ACTIONS, type CycleAction } from '../../domain/cycle/machine'
import { CORRECTABLE_DATE_FIELDS } from '../../domain/cycle/date-correction'
import {
  CRITERION_RESULTS,
  UNIT_YEAR_STATUSES,
  type CriterionResult,
  type PointResult,
  type TrackingMode,
  type UnitYearStatus
} from '../../domain/cycle/statuses'
import type { CommuneRuleResult } from '../../domain/cycle/commune-rule'
import type { CriterionItem, CriterionKind, CycleExclusionCode, RegulationId, TextStatus } from '../../domain/cycle/regulations'
import { LIMITS, id, optionalCount, optionalIsoDate, optionalText, pageWindow, requiredText, type PageOf } from '../fields'
import { call } from '../call'
import type { YearDeadlines } from '../../domain/cycle/deadlines'

const year = z.number({ error: 'Năm không hợp lệ.' }).int('Năm không hợp lệ.').min(1900, 'Năm không hợp lệ.').max(2200, 'Năm không hợp lệ.')
const regulationId = z.enum(['TT23_2012', 'TT124_2021', 'TT124_TT48_2025'], { error: 'Cơ sở pháp lý không hợp lệ.' })
const exclusionCode = z.enum(['LLVT', 'DN_NHO_SIEU_NHO', 'CSGD_MN_TH', 'NGUNG_HOAT_DONG', 'KHONG_TRIEN_KHAI', 'KHAC'], {
  error: 'Lý do ngoài phạm vi không hợp lệ.'
})

/* ---------- Years ---------- */


export type { YearDeadlines }

export interface YearRow extends YearDeadlines {
  year: number
  regulationId: RegulationId
  regulationName: string
  status: 'OPEN' | 'CLOSED'
  basisChangeReason: string | null
  notDeployed: UnitType[]
  unitYearCount: number
  isSample: boolean
}

export const yearOpen = z
  .object({
    year,
    regulationId: regulationId.optional(),
    /** Required when the legal basis differs from the default mapping of the year. */
    reason: optionalText('Lý do', LIMITS.shortText),
    /** Types not deployed that year (KHONG_TRIEN_KHAI), e.g. schools in 2020 because of Covid-19. */
    notDeployed: z.array(z.enum(UNIT_TYPES)).default([]),
    notDeployedNote: optionalText('Ghi chú', LIMITS.shortText)
  })
  .strict()

const deadline = (label: string) => optionalIsoDate(label)
export const yearUpdateDeadlines = z
  .object({
    year,
    registrationDue: deadline('Hạn đăng ký'),
    dossierDueKdc: deadline('Hạn nộp hồ sơ khu dân cư'),
    dossierDueOther: deadline('Hạn nộp hồ sơ đơn vị khác'),
    appraisalDueKdc: deadline('Hạn thẩm định khu dân cư'),
    appraisalDue: deadline('Hạn thẩm định đơn vị khác'),
    decisionDueKdc: deadline('Hạn quyết định khu dân cư'),
    decisionDue: deadline('Hạn quyết định đơn vị khác'),
    reportDue: deadline('Hạn báo cáo')
  })
  .strict()

export const yearChangeRegulation = z.object({ year, regulationId, reason: requiredText('Lý do', LIMITS.shortText) }).strict()
export const yearClose = z.object({ year, confirmed: z.boolean().optional() }).strict()
/** A year opened by mistake, with no recorded work, is removed with the reason kept in the audit log. */
export const yearRemove = z.object({ year, reason: requiredText('Lý do xóa năm', LIMITS.shortText) }).strict()
export const yearGet = z.object({ year }).strict()

/* ---------- Criteria (office-editable, copy-on-write) ---------- */

export interface CriterionRow {
  id: number
  unitType: UnitType
  number: number
  code: string
  shortTitle: string
  text: string | null
  textStatus: TextStatus
  kind: CriterionKind
  formulaKey: string | null
  addedBy: 'LAW' | 'PROVINCE' | 'OFFICE'
  sourceRef: string | null
  items: CriterionItem[]
  allowNotApplicable: boolean
}

export const criteriaList = z.object({ regulationId: regulationId.optional(), year: year.optional(), unitType: z.enum(UNIT_TYPES).optional() }).strict()
export const criterionEdit = z
  .object({
    id,
    shortTitle: requiredText('Tên tiêu chí', LIMITS.shortText),
    text: optionalText('Nội dung tiêu chí', 4000, true),
    textChecked: z.boolean().default(false)
  })
  .strict()
export const criterionAdd = z
  .object({
    regulationId,
    unitType: z.enum(UNIT_TYPES),
    shortTitle: requiredText('Tên tiêu chí', LIMITS.shortText),
    text: optionalText('Nội dung tiêu chí', 4000, true),
    addedBy: z.enum(['PROVINCE', 'OFFICE']).default('PROVINCE'),
    sourceRef: optionalText('Văn bản quy định', LIMITS.shortText)
  })
  .strict()

/* ---------- The year board ---------- */

export const BOARD_SORTS = ['name', 'area', 'status', 'due'] as const
export const boardList = z
  .object({
    year,
    search: z.string().max(LIMITS.search, 'Từ khóa tìm kiếm quá dài.').optional(),
    areaId: id.optional(),
    type: z.enum(UNIT_TYPES).optional(),
    status: z.enum(UNIT_YEAR_STATUSES).optional(),
    overdueOnly: z.boolean().optional(),
    missingDocumentsOnly: z.boolean().optional(),
    sort: z.enum(BOARD_SORTS).default('area'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(5000).default(500)
  })
  .strict()

export interface BoardRow {
  id: number
  unitId: number
  unitName: string
  unitType: UnitType
  areaId: number | null
  areaName: string | null
  status: UnitYearStatus
  trackingMode: TrackingMode
  exclusionCode: CycleExclusionCode | null
  dueOn: string | null
  daysLate: number | null
  /** What is missing for the next step, in words ("Chưa đăng ký", "Thiếu: Biên bản họp…"). */
  missing: string | null
  registeredOn: string | null
  decisionNo: string | null
  previousStatus: UnitYearStatus | null
  isSample: boolean
}

export interface BoardResult {
  rows: BoardRow[]
  total: number
  countsByStatus: Partial<Record<UnitYearStatus, number>>
}

/* ---------- One unit-year ---------- */

export interface CriterionLine {
  code: string
  number: number
  shortTitle: string
  text: string | null
  textStatus: TextStatus
  kind: CriterionKind
  manual: CriterionResult
  effective: CriterionResult
  computedNote: string | null
  note: string | null
  evidence: string | null
  sourceRef: string | null
  allowNotApplicable: boolean
  /** The lettered points with what was recorded for each (empty for a criterion without points). */
  items: (CriterionItem & { result: PointResult })[]
  /** The sub-unit share rule (TT 124 Điều 6.5, 7.6) applies to this criterion. */
  subunitRule: boolean
}

export interface DossierLine {
  code: string
  name: string
  mandatory: boolean
  receivedOn: string | null
}

export interface HistoryLine {
  id: number
  action: string
  actionLabel: string
  fromStatus: UnitYearStatus | null
  toStatus: UnitYearStatus
  businessDate: string | null
  at: string
  actor: string
  ref: string | null
  reason: string | null
}

export interface UnitYearDetail {
  id: number
  year: number
  yearClosed: boolean
  unitId: number
  unitName: string
  unitType: UnitType
  managingLevel: ManagingLevel
  areaName: string | null
  regulationId: RegulationId
  regulationName: string
  trackingMode: TrackingMode
  status: UnitYearStatus
  statusSince: string
  locked: boolean
  exclusionCode: CycleExclusionCode | null
  exclusionNote: string | null
  period: { start: string; end: string }
  registrationDue: string | null
  registeredLate: boolean
  registeredOn: string | null
  registrationRef: string | null
  householdsTotal: number | null
  householdsRegistered: number | null
  staffTotal: number | null
  staffBriefed: number | null
  disciplinedCount: number | null
  subunitsEligible: number | null
  subunitsTitled: number | null
  meetingOn: string | null
  meetingChair: string | null
  minutesReceived: boolean
  receivedOn: string | null
  receiver: string | null
  returnedOn: string | null
  returnReason: string | null
  appraisedOn: string | null
  appraisalNote: string | null
  proposalNo: string | null
  proposedOn: string | null
  decisionNo: string | null
  decisionOn: string | null
  decisionBody: string | null
  decisionSigner: string | null
  /** Typed by the office for a certificate issued outside the app. */
  certificateNo: string | null
  /** The số vào sổ of the Giấy công nhận the app printed for this unit-year, if any. */
  certificateRegister: { number: number; printedAt: string } | null
  outcome: 'DA_CONG_NHAN' | 'KHONG_CONG_NHAN' | null
  outcomeReason: string | null
  notes: string | null
  criteria: CriterionLine[]
  dossier: DossierLine[]
  commune: CommuneRuleResult | null
  history: HistoryLine[]
  allowedActions: CycleAction[]
  previous: { year: number; status: UnitYearStatus; decisionNo: string | null } | null
  authority: string | null
  isSample: boolean
}

export const unitYearGet = z.object({ id }).strict()

export const unitYearSave = z
  .object({
    id,
    registrationRef: optionalText('Số, ngày bản đăng ký', LIMITS.shortText).optional(),
    householdsTotal: optionalCount().optional(),
    householdsRegistered: optionalCount().optional(),
    staffTotal: optionalCount().optional(),
    staffBriefed: optionalCount().optional(),
    disciplinedCount: optionalCount().optional(),
    subunitsEligible: optionalCount().optional(),
    subunitsTitled: optionalCount().optional(),
    meetingChair: optionalText('Chủ trì cuộc họp', LIMITS.name).optional(),
    minutesReceived: z.boolean().optional(),
    receiver: optionalText('Người nhận hồ sơ', LIMITS.name).optional(),
    appraisalNote: optionalText('Ý kiến thẩm định', LIMITS.note, true).optional(),
    certificateNo: optionalText('Số Giấy công nhận', 50).optional(),
    notes: optionalText('Ghi chú', LIMITS.note, true).optional(),
    criteria: z
      .array(
        z
          .object({
            code: z.string().min(1).max(40),
            result: z.enum(CRITERION_RESULTS),
            note: optionalText('Ghi chú tiêu chí', LIMITS.shortText).optional(),
            evidence: optionalText('Minh chứng', LIMITS.note, true).optional()
          })
          .strict()
      )
      .max(100)
      .optional(),
    criterionItems: z
      .array(z.object({ code: z.string().min(1).max(40), key: z.string().min(1).max(8), result: z.enum(CRITERION_RESULTS).exclude(['KHONG_AP_DUNG']) }).strict())
      .max(200)
      .optional(),
    dossier: z
      .array(z.object({ code: z.string().min(1).max(40), receivedOn: optionalIsoDate('Ngày nhận thành phần hồ sơ') }).strict())
      .max(50)
      .optional()
  })
  .strict()

/** One action on one or many unit-years, all-or-nothing. */
export const unitYearAct = z
  .object({
    ids: z.array(id).min(1, 'Vui lòng chọn ít nhất một đơn vị.').max(60_000),
    action: z.enum(CYCLE_ACTIONS, { error: 'Thao tác không hợp lệ.' }),
    date: optionalIsoDate('Ngày'),
    reason: optionalText('Lý do', LIMITS.note, true),
    ref: optionalText('Số văn bản', LIMITS.shortText),
    signer: optionalText('Người ký', LIMITS.name),
    body: optionalText('Cơ quan ban hành', LIMITS.name),
    chair: optionalText('Chủ trì cuộc họp', LIMITS.name),
    exclusionCode: exclusionCode.nullish().transform((v) => v ?? null),
    householdsTotal: optionalCount(),
    householdsRegistered: optionalCount(),
    staffTotal: optionalCount(),
    staffBriefed: optionalCount(),
    /** RECORD_MEETING: mark every criterion not yet assessed as Đạt (bulk entry after a meeting where all passed). */
    allCriteriaPassed: z.boolean().optional(),
    confirmed: z.boolean().optional()
  })
  .strict()

export interface ActResult {
  changed: number
  warnings: string[]
}

export const unitYearCreate = z.object({ year, unitId: id }).strict()

/** Đính chính a recorded date (a meeting, a receipt…) through the amendment path: the reason is required and kept. */
export const unitYearCorrectDate = z
  .object({
    id,
    field: z.enum(CORRECTABLE_DATE_FIELDS, { error: 'Ngày cần đính chính không hợp lệ.' }),
    date: optionalIsoDate('Ngày đúng').refine((value) => value !== null, 'Vui lòng nhập ngày đúng.'),
    reason: requiredText('Lý do đính chính', LIMITS.note),
    legalRef: optionalText('Văn bản căn cứ', LIMITS.shortText)
  })
  .strict()

/* ---------- Dashboard ---------- */

export interface FunnelCounts {
  total: number
  registered: number
  assessed: number
  dossier: number
  proposed: number
  recognised: number
  excluded: number
}

export interface CommuneResultRow extends CommuneRuleResult {
  areaId: number
  areaName: string
  communeUnitYearId: number | null
  communeStatus: UnitYearStatus | null
  /** Frozen at the commune's final state and now different from the live figures. */
  frozenDiffers: boolean
}

export interface DeadlineItem {
  unitYearId: number
  unitName: string
  areaName: string | null
  status: UnitYearStatus
  what: string
  dueOn: string
  daysLate: number
}

export interface Dashboard {
  year: number
  regulationId: RegulationId
  regulationName: string
  byType: Array<{ unitType: UnitType; current: FunnelCounts; previousRecognised: number | null }>
  statusCounts: Partial<Record<UnitYearStatus, number>>
  overdue: DeadlineItem[]
  overdueTotal: number
  dueSoon: DeadlineItem[]
  sentence: string
  previousYear: number | null
}

export const dashboardGet = z.object({ year }).strict()
export const communeResults = z.object({ year }).strict()

/** The commune results a page of cards shows: all, or those that pass, fail, or have no member unit yet. */
export const COMMUNE_RESULT_GROUPS = ['all', 'fail', 'pass', 'empty'] as const
export type CommuneResultGroup = (typeof COMMUNE_RESULT_GROUPS)[number]
export const communePage = z.object({ year, group: z.enum(COMMUNE_RESULT_GROUPS).default('all'), ...pageWindow }).strict()
export interface CommunePage extends PageOf<CommuneResultRow> {
  /** How many communes each group holds, so the page shows the summary before any card. */
  groups: Record<CommuneResultGroup, number>
}

export interface AreaProgressRow {
  areaId: number | null
  areaName: string
  counts: FunnelCounts
}
export const areaProgressPage = z.object({ year, ...pageWindow }).strict()

export const cycleCalls = {
  'years.list': call<YearRow[]>({ reads: true })(z.object({}).strict()),
  'years.get': call<YearRow>({ reads: true })(yearGet),
  'years.open': call<YearRow>()(yearOpen),
  'years.updateDeadlines': call<YearRow>()(yearUpdateDeadlines),
  'years.changeRegulation': call<YearRow>()(yearChangeRegulation),
  'years.close': call<YearRow>()(yearClose),
  'years.remove': call<{ removed: number }>()(yearRemove),
  'criteria.list': call<CriterionRow[]>()(criteriaList),
  'criteria.edit': call<CriterionRow>()(criterionEdit),
  'criteria.add': call<CriterionRow>()(criterionAdd),
  'board.list': call<BoardResult>({ reads: true })(boardList),
  'unitYears.get': call<UnitYearDetail>({ reads: true })(unitYearGet),
  'unitYears.save': call<UnitYearDetail>()(unitYearSave),
  'unitYears.act': call<ActResult>()(unitYearAct),
  'unitYears.create': call<UnitYearDetail>()(unitYearCreate),
  'unitYears.correctDate': call<UnitYearDetail>()(unitYearCorrectDate),
  'dashboard.get': call<Dashboard>({ reads: true, keptUntilWrite: true })(dashboardGet),
  'communes.results': call<CommuneResultRow[]>({ reads: true })(communeResults),
  'communes.page': call<CommunePage>({ reads: true, keptUntilWrite: true })(communePage),
  'dashboard.areaProgress': call<PageOf<AreaProgressRow>>({ reads: true, keptUntilWrite: true })(areaProgressPage)
}
