import { sql, type Kysely } from 'kysely'
import { COMMUNE_KINDS } from '../../../../shared/domain/areas'
import { OUTCOME_REASON_LABELS, STATUS_LABELS, type OutcomeReason, type UnitYearStatus } from '../../../../shared/domain/cycle/statuses'
import type { UnitType } from '../../../../shared/domain/units'
import { inSentence } from '../../cycle/result-sentence'
import type { CoreContext } from '../../context'
import { keptByVersion } from '../../db/kept-by-version'
import type { Database } from '../../db/schema'
import type { UnitFact, YearFacts } from './year-facts'
import { officeLevelOfYear } from '../../settings/office-history'
import { existsOn, loadLineage, yearReferenceDate } from '../../areas/lineage'
import { countOf, lineageNote, previousThroughLineage, tallyByArea } from '../../areas/lineage-comparison'
import { yearDeadlinesOf } from '../../law/year-deadlines'
import { unitAuthorities } from '../../law/authority'

type Executor = Kysely<Database>

/** Why a unit is not (yet) proposed or was not recognised, in the words the tờ trình and báo cáo print. */
function failedReasonOf(row: { failed_criteria: string | null; outcome_reason: string | null; appraisal_note: string | null; return_reason: string | null; status: string }): string | null {
  const failed = row.failed_criteria ? (JSON.parse(row.failed_criteria) as number[]) : []
  if (failed.length > 0) return `Chưa đạt tiêu chí ${failed.join(', ')}`
  if (row.appraisal_note && row.status === 'THAM_DINH_KHONG_DAT') return row.appraisal_note
  if (row.status === 'TRA_LAI' && row.return_reason) return `Hồ sơ bị trả lại: ${row.return_reason}`
  if (row.outcome_reason) return OUTCOME_REASON_LABELS[row.outcome_reason as OutcomeReason] ?? null
  if (row.status === 'DA_CONG_NHAN' || row.status === 'THAM_DINH_DAT' || row.status === 'DA_DE_NGHI') return null
  return `đang ở bước “${STATUS_LABELS[row.status as UnitYearStatus]}”`
}

/** The types the office decides itself (domain.md §1.1: a district team tracks only the outcome of khu dân cư). */
function processedTypesOf(level: string | undefined): UnitType[] {
  return level === 'HUYEN' ? ['XA', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD'] : ['KDC', 'XA', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD']
}

/**
 * The year before's recognised counts per type and per commune of `year`, or null when that year was never opened.
 * A commune formed by a merge compares with the sum of its predecessors (law-2026.md §3.1), and a note says so.
 */
async function previousCounts(db: Executor, year: number, areas: ReadonlyArray<{ id: number; name: string }>): Promise<YearFacts['previous']> {
  const opened = await db.selectFrom('eval_year').select('year').where('year', '=', year - 1).executeTakeFirst()
  if (!opened) return null
  const byType = await db
    .selectFrom('unit_year as uy')
    .select(['uy.unit_type', sql<number>`sum(uy.status = 'DA_CONG_NHAN')`.as('n')])
    .where('uy.year', '=', year - 1)
    .groupBy('uy.unit_type')
    .execute()
  const lineage = await loadLineage(db)
  const tallies = await tallyByArea(db, year - 1)
  const byArea: Record<string, number> = {}
  const lineageNotes: string[] = []
  for (const area of areas) {
    const before = previousThroughLineage(lineage, area.id, year, tallies)
    // Bảng 2 compares khu dân cư and organisations per commune; the commune's own recognition is in Bảng 1.
    if (Object.keys(before.tally).length > 0) byArea[area.name] = countOf(before.tally, ['KDC', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD']).recognised
    const note = lineageNote({ areaName: area.name, comparedWith: before.comparedWith }, year - 1)
    if (note) lineageNotes.push(note)
  }
  return { byType: Object.fromEntries(byType.map((row) => [row.unit_type, Number(row.n)])), byArea, lineageNotes }
}

/**
 * YearFacts from what the office recorded for the year: its unit_year rows (status, outcome, dates, households,
 * proposal and decision references, failed criteria), the year's not-deployed types and the year before's
 * recognised counts. Rows out of scope (NGOAI_PHAM_VI) are counted apart by domain.md §6, so they are left out.
 * A year not opened yet gives the territory and its communes with no unit.
 */
export async function loadYearFacts(db: Executor, year: number): Promise<YearFacts> {
  const office = await db.selectFrom('office_profile').select(['root_area_id', 'level']).where('id', '=', 1).executeTakeFirst()
  const root = office?.root_area_id ? await db.selectFrom('admin_area').select('name').where('id', '=', office.root_area_id).executeTakeFirst() : undefined
  // The communes in force at the year's end: a 2025 report lists the wards formed on 01/7/2025, not their predecessors.
  const reference = yearReferenceDate(year)
  const areas = (
    await db
      .selectFrom('admin_area')
      .select(['id', 'name', 'kind', 'valid_from', 'valid_to'])
      .where('kind', 'in', [...COMMUNE_KINDS])
      .orderBy(sql`sort_order IS NULL`)
      .orderBy('sort_order')
      .orderBy('sort_key')
      .execute()
  ).filter((a) => existsOn({ id: a.id, name: a.name, validFrom: a.valid_from, validTo: a.valid_to }, reference))
  const yearRow = await db.selectFrom('eval_year').select(['regulation_id', 'not_deployed', 'not_deployed_note']).where('year', '=', year).executeTakeFirst()
  const rows = yearRow
    ? await db
        .selectFrom('unit_year as uy')
        .innerJoin('unit as u', 'u.id', 'uy.unit_id')
        .leftJoin('admin_area as a', 'a.id', 'uy.area_id')
        .select([
          'uy.id',
          'uy.unit_id',
          'uy.unit_type',
          'uy.status',
          'uy.tracking_mode',
          'uy.registered_on',
          'uy.meeting_on',
          'uy.outcome',
          'uy.outcome_reason',
          'uy.failed_criteria',
          'uy.appraisal_note',
          'uy.return_reason',
          'uy.households_total',
          'uy.households_registered',
          'uy.proposal_no',
          'uy.decision_no',
          'uy.decision_on',
          'uy.name_snapshot',
          'u.name',
          'u.address',
          'u.managing_level',
          'u.delegated_area_id',
          'u.households_total as unit_households',
          'a.name as area_name'
        ])
        .where('uy.year', '=', year)
        .where('uy.status', '<>', 'NGOAI_PHAM_VI')
        .orderBy(sql`a.sort_order IS NULL`)
        .orderBy('a.sort_order')
        .orderBy('u.sort_key')
        .execute()
    : []
  const authorityOf = await unitAuthorities(db, year, yearRow?.regulation_id ?? null)
  const units: UnitFact[] = rows.map((row) => ({
    id: row.id,
    unitId: row.unit_id,
    name: row.name_snapshot ?? row.name,
    type: row.unit_type,
    areaName: row.area_name,
    address: row.address ?? row.area_name,
    registeredOn: row.registered_on,
    meetingOn: row.meeting_on,
    outcome: row.outcome,
    status: row.status,
    trackingMode: row.tracking_mode,
    proposalRef: row.proposal_no,
    decisionRef: row.decision_no,
    decisionOn: row.decision_on,
    failedReason: failedReasonOf(row),
    householdsTotal: row.households_total ?? (row.unit_type === 'KDC' ? row.unit_households : null),
    householdsRegistered: row.households_registered,
    authority: authorityOf(row.unit_type, row.managing_level, row.delegated_area_id)
  }))
  const notDeployedTypes = yearRow ? (JSON.parse(yearRow.not_deployed) as UnitType[]) : []
  return {
    year,
    regulationId: yearRow?.regulation_id ?? null,
    territory: root ? inSentence(root.name) : 'địa bàn',
    areas: areas.map((a) => ({ name: a.name, kind: a.kind })),
    processedTypes: processedTypesOf((await officeLevelOfYear(db, year)) ?? office?.level),
    deadlines: await yearDeadlinesOf(db, year),
    notDeployed: Object.fromEntries(notDeployedTypes.map((type) => [type, yearRow?.not_deployed_note ?? ''])),
    units,
    previous: await previousCounts(db, year, areas)
  }
}

/** A few years' facts: the preview is of one year at a time. */
const keptFacts = keptByVersion<YearFacts>(4)

/**
 * `loadYearFacts` for the Văn bản page's live preview: at province scale (50,000 unit-years) one read takes about a
 * second, and the preview asks again after every pause in typing while the data has not changed.
 */
export function loadYearFactsCached(ctx: CoreContext, year: number): Promise<YearFacts> {
  return keptFacts(ctx, String(year), async () => {
    const facts = await loadYearFacts(ctx.db, year)
    Object.freeze(facts.units)
    return Object.freeze(facts)
  })
}
