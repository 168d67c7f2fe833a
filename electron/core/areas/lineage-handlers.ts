import type { z } from 'zod'
import type { lineageCalls, lineageComparisonInput, LineageComparisonPage, LineageComparisonRow } from '../../../shared/api/calls/lineage'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { countOf, compareWithPreviousYear, lineageNote, type AreaComparison } from './lineage-comparison'
import { listEvents, mergeAreas, previewMerge, undoEvent } from './lineage-service'

const ORGANISATIONS = ['CO_QUAN', 'DOANH_NGHIEP', 'CSGD'] as const

/**
 * One page of the year's communes against the year before through lineage, in the figures Tổng quan shows. The sums
 * are made for every commune (one grouped query a year); only the page's rows are shaped and sent (3,000 communes).
 */
export async function lineageComparison(ctx: CoreContext, filter: z.output<typeof lineageComparisonInput>): Promise<LineageComparisonPage> {
  const { previousYear, rows } = await compareWithPreviousYear(ctx.db, filter.year)
  const chosen = filter.lineageOnly && previousYear !== null ? rows.filter((row) => row.comparedWith !== null) : filter.lineageOnly ? [] : rows
  return {
    year: filter.year,
    previousYear,
    total: chosen.length,
    rows: chosen.slice(filter.offset, filter.offset + filter.limit).map((row) => comparisonRow(row, previousYear))
  }
}

function comparisonRow(row: AreaComparison, previousYear: number | null): LineageComparisonRow {
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
}

export function lineageHandlers(ctx: CoreContext): HandlersOf<typeof lineageCalls> {
  return {
    'areas.previewMerge': (input) => previewMerge(ctx, input),
    'areas.merge': (input) => mergeAreas(ctx, input),
    'areas.events': () => listEvents(ctx),
    'areas.undoEvent': ({ id }) => undoEvent(ctx, id),
    'areas.lineageComparison': (filter) => lineageComparison(ctx, filter)
  }
}
