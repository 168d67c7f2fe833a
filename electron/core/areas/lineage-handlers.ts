import type { lineageCalls, LineageComparisonRow } from '../../../shared/api/calls/lineage'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { countOf, compareWithPreviousYear, lineageNote } from './lineage-comparison'
import { listEvents, mergeAreas, previewMerge, undoEvent } from './lineage-service'

const ORGANISATIONS = ['CO_QUAN', 'DOANH_NGHIEP', 'CSGD'] as const

/** The year's communes against the year before through lineage, in the figures Tổng quan shows. */
export async function lineageComparison(ctx: CoreContext, year: number): Promise<{ year: number; previousYear: number | null; rows: LineageComparisonRow[] }> {
  const { previousYear, rows } = await compareWithPreviousYear(ctx.db, year)
  return {
    year,
    previousYear,
    rows: rows.map((row) => {
      const communes = countOf(row.previous, ['XA'])
      return {
        areaId: row.areaId,
        areaName: row.areaName,
        current: {
          kdcTotal: countOf(row.current, ['KDC']).total,
          kdcRecognised: countOf(row.current, ['KDC']).recognised,
          otherRecognised: countOf(row.current, ORGANISATIONS).recognised,
          communeRecognised: countOf(row.current, ['XA']).recognised > 0
        },
        previous: row.previous
          ? {
              kdcTotal: countOf(row.previous, ['KDC']).total,
              kdcRecognised: countOf(row.previous, ['KDC']).recognised,
              otherRecognised: countOf(row.previous, ORGANISATIONS).recognised,
              communesRecognised: communes.recognised,
              communes: communes.total
            }
          : null,
        note: previousYear !== null ? lineageNote(row, previousYear) : null
      }
    })
  }
}

export function lineageHandlers(ctx: CoreContext): HandlersOf<typeof lineageCalls> {
  return {
    'areas.previewMerge': (input) => previewMerge(ctx, input),
    'areas.merge': (input) => mergeAreas(ctx, input),
    'areas.events': () => listEvents(ctx),
    'areas.undoEvent': ({ id }) => undoEvent(ctx, id),
    'areas.lineageComparison': ({ year }) => lineageComparison(ctx, year)
  }
}
