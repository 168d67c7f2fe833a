import { sql, type Kysely, type Selectable } from 'kysely'
import type { Dashboard, DeadlineItem, FunnelCounts } from '../../../shared/api/calls/cycle'
import type { AreaKind } from '../../../shared/domain/areas'
import { regulationById } from '../../../shared/domain/cycle/regulations'
import type { UnitYearStatus } from '../../../shared/domain/cycle/statuses'
import { UNIT_TYPES, type UnitType } from '../../../shared/domain/units'
import { todayInVietnam } from '../../../shared/text/dates'
import type { CoreContext } from '../context'
import type { Database, EvalYearTable } from '../db/schema'
import { daysBetween, missingText } from './board'
import { addDays, dueBetweenSql, dueOnSql, overdueSql } from './deadlines'
import { REGISTERED_SQL } from './commune-results'
import { recognitionSentence, inSentence, type RecognitionSummary } from './result-sentence'
import { requireYear } from './years'

type Executor = Kysely<Database>

/** The funnel of domain.md §6 as sums over the counted population (NGOAI_PHAM_VI counted apart). */
export const funnelColumns = [
  sql<number>`sum(uy.status <> 'NGOAI_PHAM_VI')`.as('total'),
  sql<number>`sum(uy.status <> 'NGOAI_PHAM_VI' AND ${REGISTERED_SQL})`.as('registered'),
  sql<number>`sum(uy.status <> 'NGOAI_PHAM_VI' AND (uy.meeting_on IS NOT NULL OR uy.status = 'DA_CONG_NHAN'))`.as('assessed'),
  sql<number>`sum(uy.status <> 'NGOAI_PHAM_VI' AND (uy.received_on IS NOT NULL OR uy.status = 'DA_CONG_NHAN'))`.as('dossier'),
  sql<number>`sum(uy.status <> 'NGOAI_PHAM_VI' AND (uy.proposed_on IS NOT NULL OR uy.status = 'DA_CONG_NHAN'))`.as('proposed'),
  sql<number>`sum(uy.status = 'DA_CONG_NHAN')`.as('recognised'),
  sql<number>`sum(uy.status = 'NGOAI_PHAM_VI')`.as('excluded')
] as const

export const FUNNEL_KEYS = ['total', 'registered', 'assessed', 'dossier', 'proposed', 'recognised', 'excluded'] as const

function emptyFunnel(): FunnelCounts {
  return { total: 0, registered: 0, assessed: 0, dossier: 0, proposed: 0, recognised: 0, excluded: 0 }
}

function addInto(target: FunnelCounts, row: Record<string, unknown>): void {
  for (const key of FUNNEL_KEYS) target[key] += Number(row[key] ?? 0)
}

/** One scan of the year: funnel sums per (area, type, tracking mode), from which every dashboard total is added up. */
async function funnelGroups(db: Executor, year: number) {
  return db
    .selectFrom('unit_year as uy')
    .select(['uy.area_id', 'uy.unit_type', 'uy.tracking_mode', ...funnelColumns])
    .where('uy.year', '=', year)
    .groupBy(['uy.area_id', 'uy.unit_type', 'uy.tracking_mode'])
    .execute()
}

export async function recognitionSummary(
  db: Executor,
  year: number,
  known?: { groups: Awaited<ReturnType<typeof funnelGroups>>; communeKinds?: Partial<Record<AreaKind, number>> }
): Promise<RecognitionSummary> {
  const yearRow = await requireYear(db, year)
  const regulation = regulationById(yearRow.regulation_id)
  const office = await db.selectFrom('office_profile').select('root_area_id').executeTakeFirst()
  const root = office?.root_area_id ? await db.selectFrom('admin_area').select('name').where('id', '=', office.root_area_id).executeTakeFirst() : undefined
  // Units the office decides itself (FULL); outcome-only rows were decided by another body.
  const byType = new Map<UnitType, FunnelCounts>()
  for (const row of known?.groups ?? (await funnelGroups(db, year))) {
    if (row.tracking_mode !== 'FULL') continue
    const counts = byType.get(row.unit_type) ?? emptyFunnel()
    addInto(counts, row)
    byType.set(row.unit_type, counts)
  }
  const kinds =
    known?.communeKinds ??
    Object.fromEntries(
      (
        await db
          .selectFrom('unit_year as uy')
          .innerJoin('admin_area as a', 'a.id', 'uy.area_id')
          .select(['a.kind', sql<number>`count(*)`.as('n')])
          .where('uy.year', '=', year)
          .where('uy.unit_type', '=', 'XA')
          .where('uy.status', '<>', 'NGOAI_PHAM_VI')
          .groupBy('a.kind')
          .execute()
      ).map((k) => [k.kind as AreaKind, Number(k.n)])
    )
  const communeRow = byType.get('XA')
  return {
    year,
    territory: root ? inSentence(root.name) : null,
    communes: communeRow
      ? { recognised: communeRow.recognised, total: communeRow.total, kinds }
      : null,
    others: (['KDC', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD'] as UnitType[]).map((type) => ({ type, recognised: byType.get(type)?.recognised ?? 0 })),
    schoolWord: regulation.basis === 'TT23' ? 'nhà trường' : 'cơ sở giáo dục'
  }
}

async function deadlineItems(db: Executor, yearRow: Selectable<EvalYearTable>, today: string, which: 'overdue' | 'soon', limit: number): Promise<{ items: DeadlineItem[]; total: number }> {
  const condition = which === 'overdue' ? overdueSql(yearRow, today) : dueBetweenSql(yearRow, today, addDays(today, 7))
  const base = db.selectFrom('unit_year as uy').where('uy.year', '=', yearRow.year).where(condition)
  // The first items by due date, then their names: the sort runs over ids only.
  const first = await base.select(['uy.id', dueOnSql(yearRow).as('due_on')]).orderBy(sql`due_on`).orderBy('uy.id').limit(limit).execute()
  const total = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()
  const details = first.length
    ? await db
        .selectFrom('unit_year as uy')
        .innerJoin('unit as u', 'u.id', 'uy.unit_id')
        .leftJoin('admin_area as a', 'a.id', 'uy.area_id')
        .select(['uy.id', 'u.name', 'a.name as area_name', 'uy.status', 'uy.tracking_mode', 'uy.return_reason'])
        .where('uy.id', 'in', first.map((row) => row.id))
        .execute()
    : []
  const byId = new Map(details.map((row) => [row.id, row]))
  return {
    total: Number(total.n),
    items: first.map((item) => {
      const row = byId.get(item.id)!
      const dueOn = item.due_on as string
      return {
        unitYearId: row.id,
        unitName: row.name,
        areaName: row.area_name,
        status: row.status,
        what: missingText(row.status, row.tracking_mode, null, row.return_reason, []) ?? '',
        dueOn,
        daysLate: which === 'overdue' ? daysBetween(dueOn, today) : -daysBetween(today, dueOn)
      }
    })
  }
}

export async function getDashboard(ctx: CoreContext, year: number): Promise<Dashboard> {
  const db = ctx.db
  const yearRow = await requireYear(db, year)
  const regulation = regulationById(yearRow.regulation_id)
  const today = todayInVietnam(ctx.now())
  const groups = await funnelGroups(db, year)
  const previous = await db.selectFrom('eval_year').select('year').where('year', '=', year - 1).executeTakeFirst()
  const previousRows = previous
    ? await db
        .selectFrom('unit_year as uy')
        .select(['uy.unit_type', sql<number>`sum(uy.status = 'DA_CONG_NHAN')`.as('recognised')])
        .where('uy.year', '=', year - 1)
        .groupBy('uy.unit_type')
        .execute()
    : []
  const byType = new Map<UnitType, FunnelCounts>()
  for (const row of groups) {
    const type = byType.get(row.unit_type) ?? emptyFunnel()
    addInto(type, row)
    byType.set(row.unit_type, type)
  }
  const statusRows = await db.selectFrom('unit_year').select(['status', sql<number>`count(*)`.as('n')]).where('year', '=', year).groupBy('status').execute()
  const overdue = await deadlineItems(db, yearRow, today, 'overdue', 20)
  const soon = await deadlineItems(db, yearRow, today, 'soon', 20)
  return {
    year,
    regulationId: regulation.id,
    regulationName: regulation.shortName,
    byType: UNIT_TYPES.map((type) => ({
      unitType: type,
      current: byType.get(type) ?? emptyFunnel(),
      previousRecognised: previous ? Number(previousRows.find((row) => row.unit_type === type)?.recognised ?? 0) : null
    })),
    statusCounts: Object.fromEntries(statusRows.map((row) => [row.status as UnitYearStatus, Number(row.n)])),
    overdue: overdue.items,
    overdueTotal: overdue.total,
    dueSoon: soon.items,
    sentence: recognitionSentence(await recognitionSummary(db, year, { groups })),
    previousYear: previous ? year - 1 : null
  }
}
