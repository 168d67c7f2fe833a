import { dispatch } from '../../electron/core/dispatch'
import type { AppSession } from './harness'

/** Calls core directly (setup only; the tests then work in the browser as staff would). */
export async function core<T = unknown>(app: AppSession, name: string, input: unknown): Promise<T> {
  const answer = await dispatch(app.core!.handlers, name, input)
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.data as T
}

/** A ward (Phường Tam Thắng) with `count` khu phố and, when `year` is given, that year opened. */
export async function seedWard(app: AppSession, options: { count?: number; year?: number } = {}): Promise<{ areaId: number; unitIds: number[] }> {
  const area = await core<{ id: number }>(app, 'areas.create', { name: 'Phường Tam Thắng', kind: 'PHUONG' })
  const unitIds: number[] = []
  for (let n = 1; n <= (options.count ?? 6); n++) {
    const unit = await core<{ id: number }>(app, 'units.create', {
      values: { type: 'KDC', name: `Khu phố ${n}`, areaId: area.id, kdcSubtype: 'khu phố', managingLevel: 'XA', householdsTotal: 300 + n }
    })
    unitIds.push(unit.id)
  }
  if (options.year) await core(app, 'years.open', { year: options.year })
  return { areaId: area.id, unitIds }
}

/** The unit-year id of a unit by name in a year. */
export function unitYearId(app: AppSession, name: string, year: number): number {
  return app.core!.ctx.sqlite.prepare('SELECT uy.id FROM unit_year uy JOIN unit u ON u.id = uy.unit_id WHERE u.name = ? AND uy.year = ?').pluck().get(name, year) as number
}

export function unitYearColumn(app: AppSession, id: number, column: string): unknown {
  return app.core!.ctx.sqlite.prepare(`SELECT ${column} FROM unit_year WHERE id = ?`).pluck().get(id)
}
