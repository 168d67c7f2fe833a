import { dispatch } from '../../electron/core/dispatch'
import { OFFICE_LEVELS } from '../../shared/domain/office'
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

/** The ward's office profile (Công an phường Tam Thắng), as saved in Cài đặt. */
export async function seedOffice(app: AppSession, rootAreaId: number | null = null): Promise<void> {
  await core(app, 'settings.saveOffice', {
    // The ward level, whichever spelling the office levels use.
    level: OFFICE_LEVELS.find((level) => level.includes('XA'))!,
    parentBodyName: 'CÔNG AN THÀNH PHỐ HỒ CHÍ MINH',
    officeName: 'CÔNG AN PHƯỜNG TAM THẮNG',
    officeAbbreviation: 'CAP',
    peoplesCommitteeName: 'ỦY BAN NHÂN DÂN PHƯỜNG TAM THẮNG',
    placeName: 'Tam Thắng',
    rootAreaId
  })
  await core(app, 'signers.create', { name: 'Lê Văn Minh', body: 'CONG_AN', authorityPrefix: '', authorityLine: null, titleLine: 'TRƯỞNG CÔNG AN PHƯỜNG', validFrom: null, validTo: null })
  await core(app, 'signers.create', { name: 'Phạm Thị Lan', body: 'UBND', authorityPrefix: 'KT.', authorityLine: 'KT. CHỦ TỊCH', titleLine: 'PHÓ CHỦ TỊCH', validFrom: null, validTo: null })
}

const STEPS: Array<[string, string, Record<string, unknown>?]> = [
  ['REGISTER', 'registered'],
  ['RECORD_MEETING', 'meeting', { allCriteriaPassed: true }],
  ['RECEIVE_DOSSIER', 'received'],
  ['APPRAISE_PASS', 'appraised'],
  ['PROPOSE', 'proposed', { ref: '12/TTr-CAP' }]
]

/** Takes unit-years through the flow up to (and including) `until`, each step on its own date. */
export async function advance(app: AppSession, ids: number[], until: 'registered' | 'meeting' | 'received' | 'appraised' | 'proposed', dates: Partial<Record<string, string>> = {}): Promise<void> {
  const defaults: Record<string, string> = { registered: '2026-03-15', meeting: '2026-05-05', received: '2026-05-20', appraised: '2026-06-10', proposed: '2026-06-20' }
  for (const [action, step, extra] of STEPS) {
    await core(app, 'unitYears.act', { ids, action, date: dates[step] ?? defaults[step], confirmed: true, ...extra })
    if (step === until) return
  }
}
