import { sql, type Kysely } from 'kysely'
import type { Dashboard, DeadlineItem, FunnelCounts } from '../../../shared/api/calls/cycle'
import type { AreaKind } from '../../../shared/domain/areas'
import { regulationById } from '../../../shared/domain/cycle/regulations'
import type { UnitYearStatus } from '../../../shared/domain/cycle/statuses'
import { UNIT_TYPES, type UnitType } from '../../../shared/domain/units'
import { todayInVietnam } from '../../../shared/text/dates'
import type { CoreContext } from '../context'
import type { Database } from '../db/schema'
import { dueOnSql, daysBetween, missingText } from './board'
import { communeResultRows, REGISTERED_SQL } from './commune-results'
import { recognitionSentence, inSentence, type RecognitionSummary } from './result-sentence'
import { requireYear } from './years'

type Executor = Kysely<Database>

/** The funnel of domain.md §6 as sums over the counted population (NGOAI_PHAM_VI counted apart). */
const funnelColumns = [
  sql<number>`sum(uy.status <> 'NGOAI_PHAM_VI')`.as('total'),
  sql<number>`sum(uy.status <> 'NGOAI_PHAM_VI' AND ${REGISTERED_SQL})`.as('registered'),
  sql<number>`sum(uy.status <> 'NGOAI_PHAM_VI' AND (uy.meeting_on IS NOT NULL OR uy.status = 'DA_CONG_NHAN'))`.as('assessed'),
  sql<number>`sum(uy.status <> 'NGOAI_PHAM_VI' AND (uy.received_on IS NOT NULL OR uy.status = 'DA_CONG_NHAN'))`.as('dossier'),
  sql<number>`sum(uy.status <> 'NGOAI_PHAM_VI' AND (uy.proposed_on IS NOT NULL OR uy.status = 'DA_CONG_NHAN'))`.as('proposed'),
  sql<number>`sum(uy.status = 'DA_CONG_NHAN')`.as('recognised'),
  sql<number>`sum(uy.status = 'NGOAI_PHAM_VI')`.as('excluded')
] as const

function toFunnel(row: Record<string, unknown> | undefined): FunnelCounts {
  const n = (key: string) => Number(row?.[key] ?? 0)
  return { total: n('total'), registered: n('registered'), assessed: n('assessed'), dossier: n('dossier'), proposed: n('proposed'), recognised: n('recognised'), excluded: n('excluded') }
}

export async function recognitionSummary(db: Executor, year: number): Promise<RecognitionSummary> {
  const yearRow = await requireYear(db, year)
  const regulation = regulationById(yearRow.regulation_id)
  const office = await db.selectFrom('office_profile').select('root_area_id').executeTakeFirst()
  const root = office?.root_area_id ? await db.selectFrom('admin_area').select('name').where('id', '=', office.root_area_id).executeTakeFirst() : undefined
  // Units the office decides itself (FULL); outcome-only rows were decided by another body.
  const byType = await db
    .selectFrom('unit_year as uy')
    .select(['uy.unit_type', sql<number>`sum(uy.status = 'DA_CONG_NHAN')`.as('recognised'), sql<number>`sum(uy.status <> 'NGOAI_PHAM_VI')`.as('total')])
    .where('uy.year', '=', year)
    .where('uy.tracking_mode', '=', 'FULL')
    .groupBy('uy.unit_type')
    .execute()
  const kinds = await db
    .selectFrom('unit_year as uy')
    .innerJoin('admin_area as a', 'a.id', 'uy.area_id')
    .select(['a.kind', sql<number>`count(*)`.as('n')])
    .where('uy.year', '=', year)
    .where('uy.unit_type', '=', 'XA')
    .where('uy.status', '<>', 'NGOAI_PHAM_VI')
    .groupBy('a.kind')
    .execute()
  const communeRow = byType.find((row) => row.unit_type === 'XA')
  return {
    year,
    territory: root ? inSentence(root.name) : null,
    communes: communeRow
      ? { recognised: Number(communeRow.recognised), total: Number(communeRow.total), kinds: Object.fromEntries(kinds.map((k) => [k.kind as AreaKind, Number(k.n)])) }
      : null,
    others: (['KDC', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD'] as UnitType[]).map((type) => ({ type, recognised: Number(byType.find((row) => row.unit_type === type)?.recognised ?? 0) })),
    schoolWord: regulation.basis === 'TT23' ? 'nhà trường' : 'cơ sở giáo dục'
  }
}

async function deadlineItems(db: Executor, year: number, today: string, which: 'overdue' | 'soon', limit: number): Promise<{ items: DeadlineItem[]; total: number }> {
  const yearRow = await requireYear(db, year)
  const due = dueOnSql(yearRow)
  const soonEnd = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10)
  const condition = which === 'overdue' ? sql<boolean>`${due} < ${today}` : sql<boolean>`${due} >= ${today} AND ${due} <= ${soonEnd}`
  const base = db.selectFrom('unit_year as uy').where('uy.year', '=', year).where(condition)
  const rows = await base
    .innerJoin('unit as u', 'u.id', 'uy.unit_id')
    .leftJoin('admin_area as a', 'a.id', 'uy.area_id')
    .select(['uy.id', 'u.name', 'a.name as area_name', 'uy.status', 'uy.tracking_mode', 'uy.return_reason', due.as('due_on')])
    .orderBy(sql`due_on`)
    .orderBy('u.sort_key')
    .limit(limit)
    .execute()
  const total = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()
  return {
    total: Number(total.n),
    items: rows.map((row) => ({
      unitYearId: row.id,
      unitName: row.name,
      areaName: row.area_name,
      status: row.status,
      what: missingText(row.status, row.tracking_mode, null, row.return_reason, []) ?? '',
      dueOn: row.due_on as string,
      daysLate: which === 'overdue' ? daysBetween(row.due_on as string, today) : -daysBetween(today, row.due_on as string)
    }))
  }
}

export async function getDashboard(ctx: CoreContext, year: number): Promise<Dashboard> {
  const db = ctx.db
  const yearRow = await requireYear(db, year)
  const regulation = regulationById(yearRow.regulation_id)
  const today = todayInVietnam(ctx.now())
  const byTypeRows = await db.selectFrom('unit_year as uy').select(['uy.unit_type', ...funnelColumns]).where('uy.year', '=', year).groupBy('uy.unit_type').execute()
  const previous = await db.selectFrom('eval_year').select('year').where('year', '=', year - 1).executeTakeFirst()
  const previousRows = previous
    ? await db
        .selectFrom('unit_year as uy')
        .select(['uy.unit_type', sql<number>`sum(uy.status = 'DA_CONG_NHAN')`.as('recognised')])
        .where('uy.year', '=', year - 1)
        .groupBy('uy.unit_type')
        .execute()
    : []
  const byAreaRows = await db
    .selectFrom('unit_year as uy')
    .leftJoin('admin_area as a', 'a.id', 'uy.area_id')
    .select(['uy.area_id', 'a.name as area_name', ...funnelColumns])
    .where('uy.year', '=', year)
    .groupBy('uy.area_id')
    .orderBy(sql`min(a.sort_order IS NULL)`)
    .orderBy(sql`min(a.sort_order)`)
    .orderBy(sql`min(a.sort_key)`)
    .execute()
  const statusRows = await db.selectFrom('unit_year').select(['status', sql<number>`count(*)`.as('n')]).where('year', '=', year).groupBy('status').execute()
  const overdue = await deadlineItems(db, year, today, 'overdue', 20)
  const soon = await deadlineItems(db, year, today, 'soon', 20)
  return {
    year,
    regulationName: regulation.shortName,
    byType: UNIT_TYPES.map((type) => ({
      unitType: type,
      current: toFunnel(byTypeRows.find((row) => row.unit_type === type)),
      previousRecognised: previous ? Number(previousRows.find((row) => row.unit_type === type)?.recognised ?? 0) : null
    })),
    byArea: byAreaRows.map((row) => ({ areaId: row.area_id, areaName: row.area_name ?? 'Không gắn địa bàn', counts: toFunnel(row) })),
    statusCounts: Object.fromEntries(statusRows.map((row) => [row.status as UnitYearStatus, Number(row.n)])),
    communes: await communeResultRows(db, year, regulation),
    overdue: overdue.items,
    overdueTotal: overdue.total,
    dueSoon: soon.items,
    sentence: recognitionSentence(await recognitionSummary(db, year)),
    previousYear: previous ? year - 1 : null
  }
}
