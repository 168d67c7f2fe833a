import type { Selectable } from 'kysely'
import type { z } from 'zod'
import type { BoardResult, boardList } from '../../../shared/api/calls/cycle'
import type { UnitYearStatus } from '../../../shared/domain/cycle/statuses'
import { todayInVietnam } from '../../../shared/text/dates'
import type { CoreContext } from '../context'
import type { EvalYearTable } from '../db/schema'
import { keptByVersion } from '../db/kept-by-version'
import { valueRows } from '../db/value-rows'
import { cutFound, matchingUnits, placedList, type PlacedList } from '../units/unit-search'
import { inBoardOrder } from './board'

type Filter = z.output<typeof boardList>

/** One window of the board: its ids in the board's order, the total of the filter and its counts per status. */
export interface BoardWindow {
  ids: number[]
  total: number
  countsByStatus: BoardResult['countsByStatus']
}

/**
 * The unit-years of the other filters (every status) in the board's order, grouped by status; kept per filter and
 * order with the day they were read on (the overdue filter and the due order count from today).
 */
const keptLists = keptByVersion<PlacedList<UnitYearStatus>>(4, (ctx, data) => `${data}@${todayInVietnam(ctx.now())}`)

/**
 * A searched board, as the registry's search: the other filters' unit-years are read once in the board's order and
 * kept until the data changes, and each search keeps those whose unit it finds (`matchingUnits`). The window, the
 * total and the counts per status are cut from that one pass.
 */
export async function searchedBoardWindow(ctx: CoreContext, filter: Filter & { search: string }, year: Selectable<EvalYearTable>, today: string): Promise<BoardWindow> {
  const { offset, limit, status, search, ...others } = filter
  const list = await keptLists(ctx, JSON.stringify(others), () => readListed(ctx, others, year, today))
  const { counts, ...window } = cutFound(list, await matchingUnits(ctx, search), status, offset, limit)
  return { ...window, countsByStatus: counts }
}

async function readListed(ctx: CoreContext, filter: Omit<Filter, 'offset' | 'limit' | 'status' | 'search'>, year: Selectable<EvalYearTable>, today: string): Promise<PlacedList<UnitYearStatus>> {
  const rows = valueRows<[number, number, UnitYearStatus]>(ctx.sqlite, inBoardOrder(ctx.db, filter, year, today, false, ['uy.id', 'uy.unit_id', 'uy.status']))
  return placedList(rows.map((row) => row[0]), rows.map((row) => row[1]), rows.map((row) => row[2]))
}
