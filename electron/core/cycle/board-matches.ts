import type { Selectable } from 'kysely'
import type { z } from 'zod'
import type { BoardResult, boardList } from '../../../shared/api/calls/cycle'
import type { UnitYearStatus } from '../../../shared/domain/cycle/statuses'
import { todayInVietnam } from '../../../shared/text/dates'
import type { CoreContext } from '../context'
import type { EvalYearTable } from '../db/schema'
import { keptByVersion } from '../db/kept-by-version'
import { dueOnSql } from './deadlines'
import { boardOrder, filtered } from './board'

type Filter = z.output<typeof boardList>

/** One window of the board: its ids in the board's order, the total of the filter and its counts per status. */
export interface BoardWindow {
  ids: number[]
  total: number
  countsByStatus: BoardResult['countsByStatus']
}

interface Match {
  id: number
  status: UnitYearStatus
}

/** Searches kept, with the day they were read on: the overdue filter and the due order count from today. */
const keptSearches = keptByVersion<Match[]>(20, (ctx, data) => `${data}@${todayInVietnam(ctx.now())}`)

/**
 * A searched board, as the registry's search: the unit-years matching the typed words are read once in the board's
 * order with their status, and the window, the total and the counts per status are cut from that list, kept until
 * the data changes. The index and the LIKE then run once per search, not for the window and again for the counts.
 */
export async function searchedBoardWindow(ctx: CoreContext, filter: Filter, year: Selectable<EvalYearTable>, today: string): Promise<BoardWindow> {
  const { offset, limit, status, ...search } = filter
  const matches = await keptSearches(ctx, JSON.stringify(search), () => everyMatch(ctx, filter, year, today))
  const countsByStatus: BoardResult['countsByStatus'] = {}
  for (const match of matches) countsByStatus[match.status] = (countsByStatus[match.status] ?? 0) + 1
  const listed = status === undefined ? matches : matches.filter((match) => match.status === status)
  return { ids: listed.slice(offset, offset + limit).map((match) => match.id), total: listed.length, countsByStatus }
}

/** Every match of the search and the other filters but the status (the counts show every status), in order. */
async function everyMatch(ctx: CoreContext, filter: Filter, year: Selectable<EvalYearTable>, today: string): Promise<Match[]> {
  const order = boardOrder(filter)
  let query = filtered(ctx.db, filter, year, today, false)
  if (order.needsUnit) query = query.innerJoin('unit as u', 'u.id', 'uy.unit_id') as unknown as typeof query
  let rows = query.select(['uy.id', 'uy.status'])
  if (order.needsDue) rows = rows.select(dueOnSql(year).as('due_on')) as unknown as typeof rows
  for (const key of order.keys) rows = rows.orderBy(key)
  return (await rows.execute()).map((row) => ({ id: row.id, status: row.status }))
}
