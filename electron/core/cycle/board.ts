import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely'
import type { z } from 'zod'
import type { BoardResult, BoardRow, boardList } from '../../../shared/api/calls/cycle'
import { CYCLE_EXCLUSION_LABELS, regulationById, type Regulation } from '../../../shared/domain/cycle/regulations'
import type { UnitYearStatus } from '../../../shared/domain/cycle/statuses'
import { UNIT_TYPES } from '../../../shared/domain/units'
import { isSearching, unitSearchCondition } from '../units/unit-search'
import { searchedBoardWindow, type BoardWindow } from './board-matches'
import { todayInVietnam } from '../../../shared/text/dates'
import type { CoreContext } from '../context'
import type { Database, EvalYearTable } from '../db/schema'
import { requireYear } from './years'
import { dueOnSql, overdueSql } from './deadlines'

type Filter = z.output<typeof boardList>
type BoardFilter = Omit<Filter, 'offset' | 'limit'>
type Executor = Kysely<Database>

/** Mandatory dossier items not received, for submitted dossiers (the “thiếu hồ sơ” filter). */
function missingDocumentsSql(regulation: Regulation): RawBuilder<boolean> {
  const codes = [...new Set(UNIT_TYPES.flatMap((type) => regulation.dossierItems[type].filter((i) => i.mandatory).map((i) => i.code)))]
  const needed = sql.join(
    UNIT_TYPES.map((type) => sql`WHEN ${type} THEN ${regulation.dossierItems[type].filter((i) => i.mandatory).length}`),
    sql` `
  )
  return sql<boolean>`(uy.status IN ('DA_NOP_HO_SO','TRA_LAI') AND uy.tracking_mode = 'FULL' AND
    (SELECT count(*) FROM dossier_item d WHERE d.unit_year_id = uy.id AND d.received_on IS NOT NULL AND d.item_code IN (${sql.join(codes)}))
    < (CASE uy.unit_type ${needed} ELSE 0 END))`
}

export function filtered(db: Executor, filter: BoardFilter, year: Selectable<EvalYearTable>, today: string, withStatus: boolean) {
  const regulation = regulationById(year.regulation_id)
  let query = db.selectFrom('unit_year as uy').where('uy.year', '=', filter.year)
  if (filter.areaId !== undefined) query = query.where('uy.area_id', '=', filter.areaId)
  if (filter.type !== undefined) query = query.where('uy.unit_type', '=', filter.type)
  if (withStatus && filter.status !== undefined) query = query.where('uy.status', '=', filter.status)
  if (filter.overdueOnly) query = query.where(overdueSql(year, today))
  if (filter.missingDocumentsOnly) query = query.where(missingDocumentsSql(regulation))
  // The folded search reads the unit's stored search key; the join is only made when searching.
  const search = unitSearchCondition(sql`(SELECT u2.search_fold FROM unit u2 WHERE u2.id = uy.unit_id)`, filter.search)
  if (search) query = query.where(search)
  return query
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** What is missing for the next step, in words. */
export function missingText(status: UnitYearStatus, mode: string, exclusion: string | null, returnReason: string | null, missingItems: string[]): string | null {
  switch (status) {
    case 'NGOAI_PHAM_VI':
      return exclusion ? CYCLE_EXCLUSION_LABELS[exclusion as keyof typeof CYCLE_EXCLUSION_LABELS] : null
    case 'CHUA_DANG_KY':
      return 'Chưa đăng ký'
    case 'DA_DANG_KY':
      return mode === 'OUTCOME_ONLY' ? 'Chưa có kết quả công nhận' : 'Chưa họp đánh giá'
    case 'DA_TU_DANH_GIA':
      return 'Chưa nộp hồ sơ'
    case 'DA_NOP_HO_SO':
      return missingItems.length > 0 ? `Thiếu: ${missingItems.join(', ')}` : 'Chờ thẩm định'
    case 'TRA_LAI':
      return `Chờ hồ sơ bổ sung${returnReason ? `: ${returnReason}` : ''}`
    case 'THAM_DINH_DAT':
      return 'Chưa đưa vào tờ trình'
    case 'THAM_DINH_KHONG_DAT':
      return 'Không đủ điều kiện'
    case 'DA_DE_NGHI':
      return 'Chờ quyết định'
    default:
      return null
  }
}

/**
 * The board's order as SQL over `uy`, `u` (the unit) and `due_on`, with what it needs joined. The ids of a window
 * and the export read the same order, so a window is that slice of the whole list.
 */
function boardOrder(filter: BoardFilter): { keys: RawBuilder<unknown>[]; needsUnit: boolean; needsDue: boolean } {
  switch (filter.sort) {
    case 'name':
      return { keys: [sql`u.sort_key`, sql`uy.id`], needsUnit: true, needsDue: false }
    case 'status':
      return { keys: [sql`uy.status`, sql`u.sort_key`, sql`uy.id`], needsUnit: true, needsDue: false }
    case 'due':
      return { keys: [sql`due_on IS NULL`, sql`due_on`, sql`u.sort_key`, sql`uy.id`], needsUnit: true, needsDue: true }
    case 'area':
      // Within one commune the (year, area) index narrows first and the few rows are sorted; over the whole year the
      // board-order index gives any window without sorting 50,000 rows.
      return { keys: filter.areaId !== undefined ? [sql`uy.board_sort || ''`, sql`uy.id`] : [sql`uy.board_sort`, sql`uy.id`], needsUnit: false, needsDue: false }
  }
}

/** The columns of a board row, joined onto the unit-years `query` chose. */
function withBoardColumns(query: ReturnType<typeof filtered>, year: Selectable<EvalYearTable>) {
  return query
    .innerJoin('unit as u', 'u.id', 'uy.unit_id')
    .leftJoin('admin_area as a', 'a.id', 'uy.area_id')
    .select([
      'uy.id',
      'uy.unit_id',
      'u.name as unit_name',
      'uy.unit_type',
      'uy.area_id',
      'a.name as area_name',
      'uy.status',
      'uy.tracking_mode',
      'uy.exclusion_code',
      'uy.registered_on',
      'uy.decision_no',
      'uy.return_reason',
      'uy.is_sample',
      dueOnSql(year).as('due_on')
    ])
}

/** Every row of the board in the board's order (one scan, for the export). */
function boardQuery(db: Executor, filter: BoardFilter, year: Selectable<EvalYearTable>, today: string) {
  let query = withBoardColumns(filtered(db, filter, year, today, true), year)
  for (const key of boardOrder(filter).keys) query = query.orderBy(key)
  return query
}

/**
 * The ids of rows [offset, offset + limit) in the board's order, joining only what the order needs: in the board's
 * own order that is the index alone, so row 20,000 costs what row 0 does (issue 12); the skipped rows' units, communes
 * and due dates are not read.
 */
async function boardWindowIds(db: Executor, filter: Filter, year: Selectable<EvalYearTable>, today: string): Promise<number[]> {
  const ids = inBoardOrder(db, filter, year, today, true, ['uy.id'])
  return (await ids.limit(filter.limit).offset(filter.offset).execute()).map((row) => row.id)
}

/** The unit-years of the filter in the board's order with `columns`, joining only what the order needs. */
export function inBoardOrder(db: Executor, filter: BoardFilter, year: Selectable<EvalYearTable>, today: string, withStatus: boolean, columns: ReadonlyArray<'uy.id' | 'uy.unit_id' | 'uy.status'>) {
  const order = boardOrder(filter)
  let query = filtered(db, filter, year, today, withStatus)
  if (order.needsUnit) query = query.innerJoin('unit as u', 'u.id', 'uy.unit_id') as unknown as typeof query
  let rows = query.select(columns)
  if (order.needsDue) rows = rows.select(dueOnSql(year).as('due_on')) as unknown as typeof rows
  for (const key of order.keys) rows = rows.orderBy(key)
  return rows
}

/** The rows of a window, read by id and put in the window's order. */
async function rowsByIds(db: Executor, ids: number[], year: Selectable<EvalYearTable>) {
  if (ids.length === 0) return []
  const rows = await withBoardColumns(db.selectFrom('unit_year as uy').where('uy.id', 'in', ids), year).execute()
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.map((id) => byId.get(id)!)
}

type RawBoardRow = Awaited<ReturnType<ReturnType<typeof boardQuery>['execute']>>[number]

/** Last year's status and the missing dossier items beside each row, read for these rows only. */
async function decorate(db: Executor, year: number, regulation: Regulation, today: string, rows: RawBoardRow[]): Promise<BoardRow[]> {
  const previous = new Map<number, UnitYearStatus>()
  if (rows.length > 0) {
    const before = await db.selectFrom('unit_year').select(['unit_id', 'status']).where('year', '=', year - 1).where('unit_id', 'in', rows.map((row) => row.unit_id)).execute()
    for (const row of before) previous.set(row.unit_id, row.status)
  }
  const needItems = rows.filter((row) => row.status === 'DA_NOP_HO_SO' && row.tracking_mode === 'FULL').map((row) => row.id)
  const received = new Map<number, Set<string>>()
  if (needItems.length > 0) {
    const items = await db.selectFrom('dossier_item').select(['unit_year_id', 'item_code']).where('unit_year_id', 'in', needItems).where('received_on', 'is not', null).execute()
    for (const item of items) received.set(item.unit_year_id, (received.get(item.unit_year_id) ?? new Set()).add(item.item_code))
  }
  return rows.map((row): BoardRow => {
    // Only a submitted dossier lists its missing items (the other statuses say their next step).
    const missingItems =
      row.status === 'DA_NOP_HO_SO' ? regulation.dossierItems[row.unit_type].filter((item) => item.mandatory && !received.get(row.id)?.has(item.code)).map((item) => item.name) : []
    const dueOn = row.due_on
    const late = dueOn && dueOn < today ? daysBetween(dueOn, today) : null
    return {
      id: row.id,
      unitId: row.unit_id,
      unitName: row.unit_name,
      unitType: row.unit_type,
      areaId: row.area_id,
      areaName: row.area_name,
      status: row.status,
      trackingMode: row.tracking_mode,
      exclusionCode: row.exclusion_code,
      dueOn,
      daysLate: late,
      missing: missingText(row.status, row.tracking_mode, row.exclusion_code, row.return_reason, missingItems),
      registeredOn: row.registered_on,
      decisionNo: row.decision_no,
      previousStatus: previous.get(row.unit_id) ?? null,
      isSample: row.is_sample === 1
    }
  })
}

export async function listBoard(ctx: CoreContext, filter: Filter): Promise<BoardResult> {
  const db = ctx.db
  const year = await requireYear(db, filter.year)
  const regulation = regulationById(year.regulation_id)
  const today = todayInVietnam(ctx.now())
  const { ids, total, countsByStatus } = isSearching(filter.search) ? await searchedBoardWindow(ctx, { ...filter, search: filter.search }, year, today) : await indexedBoardWindow(db, filter, year, today)
  return { rows: await decorate(db, filter.year, regulation, today, await rowsByIds(db, ids, year)), total, countsByStatus }
}

/** An unsearched window: its ids from the board-order index, the counts per status from the covering indexes. */
async function indexedBoardWindow(db: Executor, filter: Filter, year: Selectable<EvalYearTable>, today: string): Promise<BoardWindow> {
  const ids = await boardWindowIds(db, filter, year, today)
  const counts = await filtered(db, filter, year, today, false).select(['uy.status', sql<number>`count(*)`.as('n')]).groupBy('uy.status').execute()
  const countsByStatus: BoardResult['countsByStatus'] = {}
  for (const row of counts) countsByStatus[row.status] = Number(row.n)
  const total = filter.status !== undefined ? (countsByStatus[filter.status] ?? 0) : counts.reduce((sum, row) => sum + Number(row.n), 0)
  return { ids, total, countsByStatus }
}

/** The lookups beside the rows go by this many ids at a time (SQLite's limit on bound values). */
const DECORATE_CHUNK = 5000

/**
 * Every row of the board with its filters, in its order: one query instead of pages replayed with OFFSET (each
 * page re-reading all rows before it) and without the counts a page carries.
 */
export async function allBoardRows(ctx: CoreContext, filter: BoardFilter): Promise<BoardRow[]> {
  const db = ctx.db
  const year = await requireYear(db, filter.year)
  const regulation = regulationById(year.regulation_id)
  const today = todayInVietnam(ctx.now())
  const rows = await boardQuery(db, filter, year, today).execute()
  const out: BoardRow[] = []
  for (let start = 0; start < rows.length; start += DECORATE_CHUNK) {
    out.push(...(await decorate(db, filter.year, regulation, today, rows.slice(start, start + DECORATE_CHUNK))))
  }
  return out
}
