import type { Selectable } from 'kysely'
import type { z } from 'zod'
import type { BoardResult, boardList } from '../../../shared/api/calls/cycle'
import type { UnitYearStatus } from '../../../shared/domain/cycle/statuses'
import { todayInVietnam } from '../../../shared/text/dates'
import type { CoreContext } from '../context'
import type { EvalYearTable } from '../db/schema'
import { keptByVersion } from '../db/kept-by-version'
import { valueRows } from '../db/value-rows'
import { foundPlaces, matchingUnits, placesOf, type PlacedList } from '../units/unit-search'
import { dueOnSql } from './deadlines'
import { boardOrder, filtered } from './board'

type Filter = z.output<typeof boardList>

/** One window of the board: its ids in the board's order, the total of the filter and its counts per status. */
export interface BoardWindow {
  ids: number[]
  total: number
  countsByStatus: BoardResult['countsByStatus']
}

/** The unit-years of the other filters (every status) in the board's order, with their unit and status. */
interface Listed extends PlacedList {
  ids: number[]
  statuses: UnitYearStatus[]
}

/** Kept with the day they were read on (the overdue filter and the due order count from today), per filter and order. */
const keptLists = keptByVersion<Listed>(4, (ctx, data) => `${data}@${todayInVietnam(ctx.now())}`)

/**
 * A searched board, as the registry's search: the other filters' unit-years are read once in the board's order and
 * kept until the data changes, and each search keeps those whose unit it finds (`matchingUnits`). The window, the
 * total and the counts per status are cut from that one pass.
 */
export async function searchedBoardWindow(ctx: CoreContext, filter: Filter & { search: string }, year: Selectable<EvalYearTable>, today: string): Promise<BoardWindow> {
  const { offset, limit, status, search, ...others } = filter
  const list = await keptLists(ctx, JSON.stringify(others), () => readListed(ctx, others, year, today))
  const found = await matchingUnits(ctx, search)
  const countsByStatus: BoardResult['countsByStatus'] = {}
  const listed: number[] = []
  for (const position of foundPlaces(list, found)) {
    const rowStatus = list.statuses[position]!
    countsByStatus[rowStatus] = (countsByStatus[rowStatus] ?? 0) + 1
    if (status === undefined || rowStatus === status) listed.push(list.ids[position]!)
  }
  return { ids: listed.slice(offset, offset + limit), total: listed.length, countsByStatus }
}

async function readListed(ctx: CoreContext, filter: Omit<Filter, 'offset' | 'limit' | 'status' | 'search'>, year: Selectable<EvalYearTable>, today: string): Promise<Listed> {
  const order = boardOrder(filter)
  let query = filtered(ctx.db, filter, year, today, false)
  if (order.needsUnit) query = query.innerJoin('unit as u', 'u.id', 'uy.unit_id') as unknown as typeof query
  let rows = query.select(['uy.id', 'uy.unit_id', 'uy.status'])
  if (order.needsDue) rows = rows.select(dueOnSql(year).as('due_on')) as unknown as typeof rows
  for (const key of order.keys) rows = rows.orderBy(key)
  const values = valueRows<[number, number, UnitYearStatus]>(ctx.sqlite, rows)
  return { ids: values.map((row) => row[0]), statuses: values.map((row) => row[2]), placeOf: placesOf(values.map((row) => row[1])) }
}
