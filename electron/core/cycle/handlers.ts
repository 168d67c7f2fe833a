import type { cycleCalls } from '../../../shared/api/calls/cycle'
import type { HandlersOf } from '../../../shared/api/contract'
import { regulationById } from '../../../shared/domain/cycle/regulations'
import { isoNow, withTransaction, type CoreContext } from '../context'
import { snapshot } from '../audit/audit-log'
import { listBoard } from './board'
import { recordCriterionChange } from './cycle-audit'
import { communeResultRows } from './commune-results'
import { addCriterion, criteriaOfSet, currentCriterionSet, editCriterion, toCriterionRow } from './criteria-store'
import { getDashboard } from './dashboard'
import { areaProgressPage, communePage } from './dashboard-pages'
import { actOnUnitYears } from './transitions'
import { getUnitYear, saveUnitYear } from './unit-year-detail'
import { removeYear } from './year-removal'
import { correctDate } from './date-correction'
import { addUnitToYear, changeRegulation, closeYear, getYear, listYears, openYear, requireYear, updateDeadlines } from './years'

export function cycleHandlers(ctx: CoreContext): HandlersOf<typeof cycleCalls> {
  return {
    'years.list': () => listYears(ctx.db),
    'years.get': ({ year }) => getYear(ctx.db, year),
    'years.open': (input) => openYear(ctx, input),
    'years.updateDeadlines': (input) => updateDeadlines(ctx, input),
    'years.changeRegulation': (input) => changeRegulation(ctx, input),
    'years.close': ({ year, confirmed }) => closeYear(ctx, year, confirmed ?? false),
    'years.remove': ({ year, reason }) => removeYear(ctx, year, reason),
    'criteria.list': async ({ regulationId, year, unitType }) => {
      const setId = year !== undefined ? (await requireYear(ctx.db, year)).criterion_set_id : await withTransaction(ctx, (trx) => currentCriterionSet(trx, regulationId ?? 'TT124_2021', isoNow(ctx)))
      return (await criteriaOfSet(ctx.db, setId, unitType)).map(toCriterionRow)
    },
    'criteria.edit': (input) =>
      withTransaction(ctx, async (trx, tctx) => {
        const before = await snapshot(trx, 'criterion', input.id)
        const row = await editCriterion(trx, input, isoNow(ctx))
        await recordCriterionChange(tctx, trx, row.id, before)
        return row
      }),
    'criteria.add': (input) =>
      withTransaction(ctx, async (trx, tctx) => {
        const row = await addCriterion(trx, input, isoNow(ctx))
        await recordCriterionChange(tctx, trx, row.id, null)
        return row
      }),
    'board.list': (filter) => listBoard(ctx, filter),
    'unitYears.get': ({ id }) => getUnitYear(ctx.db, id),
    'unitYears.save': (input) => saveUnitYear(ctx, input),
    'unitYears.act': ({ ids, ...input }) => actOnUnitYears(ctx, ids, input),
    'unitYears.create': async ({ year, unitId }) => getUnitYear(ctx.db, await addUnitToYear(ctx, year, unitId)),
    'unitYears.correctDate': async (input) => getUnitYear(ctx.db, await correctDate(ctx, input)),
    'dashboard.get': ({ year }) => getDashboard(ctx, year),
    'communes.results': async ({ year }) => communeResultRows(ctx.db, year, regulationById((await requireYear(ctx.db, year)).regulation_id)),
    'communes.page': (filter) => communePage(ctx.db, filter),
    'dashboard.areaProgress': (filter) => areaProgressPage(ctx.db, filter)
  }
}
