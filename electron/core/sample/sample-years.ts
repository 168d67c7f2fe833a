import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { CoreContext } from '../context'
import type { CycleAction } from '../../../shared/domain/cycle/machine'
import { actOnUnitYears, EMPTY_ACT_INPUT, type ActInput } from '../cycle/transitions'
import { saveUnitYear } from '../cycle/unit-year-detail'
import { closeYear, openYear } from '../cycle/years'

/**
 * The synthetic years of domain.md §10 on the Vũng Tàu sample. 2020 totals match CV 1888 (13/17 communes, 2 DN
 * recognised, no cơ quan registered, schools not deployed because of Covid-19); which units fail and why is an
 * invented assignment. 2019 gives the comparison (12/17, 1 DN, 1 school); 2021 is in progress with overdue items.
 */

/** Communes that are not recognised, and why (the reasons shape the path through the state machine). */
type Failure = 'KDC_RATE' | 'CRITERION_3' | 'NO_DOSSIER'
const FAILURES: Record<number, Record<string, Failure>> = {
  2019: { 'Phường 2': 'KDC_RATE', 'Phường 11': 'KDC_RATE', 'Phường 7': 'CRITERION_3', 'Xã Long Sơn': 'NO_DOSSIER', 'Phường 12': 'KDC_RATE' },
  2020: { 'Phường 2': 'KDC_RATE', 'Phường 11': 'KDC_RATE', 'Phường 7': 'CRITERION_3', 'Xã Long Sơn': 'NO_DOSSIER' }
}

/** KDC recognised per commune: at least ⌈0,7·n⌉ where the commune passes; fewer where the rate is its failure. */
function kdcRecognised(year: number, commune: string, total: number): number {
  if (FAILURES[year]?.[commune] === 'KDC_RATE') return Math.floor((7 * total - 1) / 10)
  return total === 5 ? 4 : total === 6 ? 5 : 6
}

export interface Row {
  id: number
  unit_type: string
  unit_name: string
  area_name: string | null
}

export async function rowsOf(db: Kysely<Database>, year: number): Promise<Row[]> {
  return db
    .selectFrom('unit_year as uy')
    .innerJoin('unit as u', 'u.id', 'uy.unit_id')
    .leftJoin('admin_area as a', 'a.id', 'uy.area_id')
    .select(['uy.id', 'uy.unit_type', 'u.name as unit_name', 'a.name as area_name'])
    .where('uy.year', '=', year)
    .orderBy('a.sort_order')
    .orderBy('u.sort_key')
    .execute()
}

const EMPTY: Omit<ActInput, 'action'> = { ...EMPTY_ACT_INPUT, confirmed: true, actor: 'Dữ liệu mẫu' }

/** One cycle step on many sample records, confirmed, by the sample's actor (the Tam Thắng sample uses it too). */
export async function act(ctx: CoreContext, ids: number[], action: CycleAction, values: Partial<ActInput>) {
  if (ids.length === 0) return
  await actOnUnitYears(ctx, ids, { ...EMPTY, ...values, action })
}

async function fullPath(ctx: CoreContext, ids: number[], year: number, until: 'MEETING' | 'DOSSIER' | 'DECISION', dates = { meeting: `${year}-11-20`, dossier: `${year}-11-24`, appraise: `${year}-12-05`, propose: `${year}-12-10`, decision: `${year}-12-20` }) {
  await act(ctx, ids, 'RECORD_MEETING', { date: dates.meeting, allCriteriaPassed: true, chair: 'Chủ tịch UBND (mẫu)' })
  if (until === 'MEETING') return
  await act(ctx, ids, 'RECEIVE_DOSSIER', { date: dates.dossier })
  if (until === 'DOSSIER') return
  await act(ctx, ids, 'APPRAISE_PASS', { date: dates.appraise })
  await act(ctx, ids, 'PROPOSE', { date: dates.propose, ref: `${year === 2019 ? 86 : 91}/TTr-CATP` })
  await act(ctx, ids, 'RECORD_DECISION', { date: dates.decision, ref: `${year === 2019 ? 3120 : 3245}/QĐ-UBND`, signer: 'Nguyễn Văn An (mẫu)', body: 'UBND thành phố Vũng Tàu' })
}

async function kdcOutcomes(ctx: CoreContext, rows: Row[], year: number) {
  const kdc = rows.filter((row) => row.unit_type === 'KDC')
  await act(ctx, kdc.map((row) => row.id), 'REGISTER', { date: `${year}-03-20` })
  const byCommune = new Map<string, Row[]>()
  for (const row of kdc) byCommune.set(row.area_name ?? '', [...(byCommune.get(row.area_name ?? '') ?? []), row])
  const recognised: number[] = []
  const notRecognised: number[] = []
  for (const [commune, list] of byCommune) {
    const ok = kdcRecognised(year, commune, list.length)
    list.forEach((row, index) => (index < ok ? recognised : notRecognised).push(row.id))
  }
  await act(ctx, recognised, 'RECORD_OUTCOME_RECOGNISED', { date: `${year}-11-25`, ref: `${year === 2019 ? 45 : 52}/QĐ-UBND (phường, xã)`, body: 'UBND phường, xã' })
  await act(ctx, notRecognised, 'RECORD_OUTCOME_NOT_RECOGNISED', { date: `${year}-11-25`, reason: 'Không đạt tiêu chí' })
}

async function communes(ctx: CoreContext, rows: Row[], year: number) {
  const list = rows.filter((row) => row.unit_type === 'XA')
  const failures = FAILURES[year] ?? {}
  await act(ctx, list.map((row) => row.id), 'REGISTER', { date: `${year}-03-25` })
  const passing = list.filter((row) => !failures[row.unit_name])
  await fullPath(ctx, passing.map((row) => row.id), year, 'DECISION')
  for (const row of list.filter((r) => failures[r.unit_name])) {
    const failure = failures[row.unit_name]!
    if (failure === 'CRITERION_3') {
      await saveUnitYear(ctx, { id: row.id, criteria: [{ code: 'XA3', result: 'KHONG_DAT', note: 'Công an phường chưa đạt danh hiệu “Đơn vị tiên tiến”' }] })
    }
    await fullPath(ctx, [row.id], year, failure === 'NO_DOSSIER' ? 'MEETING' : 'DOSSIER')
    if (failure !== 'NO_DOSSIER') await act(ctx, [row.id], 'APPRAISE_FAIL', { date: `${year}-12-05` })
  }
}

function named(rows: Row[], type: string, names: string[]): number[] {
  return rows.filter((row) => row.unit_type === type && names.some((name) => row.unit_name.startsWith(name))).map((row) => row.id)
}

const PORT = 'Công ty Cổ phần Cảng dịch vụ Dầu khí'
const FISHERY = 'Công ty TNHH Thủy sản Đông Hải'
const TOURISM = 'Công ty TNHH Du lịch Biển Xanh'

const base = { reason: null, notDeployedNote: null }

/** The sample's years, one step each (the load shows them as it goes): 2019 and 2020 closed, 2021 under way. */
export const SAMPLE_YEARS = [
  { year: 2019, load: load2019 },
  { year: 2020, load: load2020 },
  { year: 2021, load: load2021 }
] as const

async function load2019(ctx: CoreContext, db: Kysely<Database>): Promise<void> {
  await openYear(ctx, { ...base, year: 2019, notDeployed: [] }, { isSample: true, actor: 'Dữ liệu mẫu', openedOn: '2019-01-10' })
  const rows = await rowsOf(db, 2019)
  await kdcOutcomes(ctx, rows, 2019)
  await communes(ctx, rows, 2019)
  const port2019 = named(rows, 'DOANH_NGHIEP', [PORT])
  await act(ctx, port2019, 'REGISTER', { date: '2019-03-25' })
  await fullPath(ctx, port2019, 2019, 'DECISION')
  const school = named(rows, 'CSGD', ['Trường THPT Vũng Tàu'])
  await act(ctx, school, 'REGISTER', { date: '2018-10-15' })
  await fullPath(ctx, school, 2019, 'DECISION', { meeting: '2019-05-20', dossier: '2019-05-25', appraise: '2019-06-05', propose: '2019-06-10', decision: '2019-06-20' })
  await closeYear(ctx, 2019, true)
}

/** 2020 — the figures of CV 1888. */
async function load2020(ctx: CoreContext, db: Kysely<Database>): Promise<void> {
  await openYear(ctx, { year: 2020, reason: null, notDeployed: ['CSGD'], notDeployedNote: 'Covid-19' }, { isSample: true, actor: 'Dữ liệu mẫu', openedOn: '2020-01-10' })
  const rows = await rowsOf(db, 2020)
  await kdcOutcomes(ctx, rows, 2020)
  await communes(ctx, rows, 2020)
  const enterprises2020 = named(rows, 'DOANH_NGHIEP', [PORT, FISHERY])
  await act(ctx, enterprises2020, 'REGISTER', { date: '2020-03-30' })
  await fullPath(ctx, enterprises2020, 2020, 'DECISION')
  await closeYear(ctx, 2020, true)
}

/** 2021 — in progress after CV 1888 (26/3/2021). */
async function load2021(ctx: CoreContext, db: Kysely<Database>): Promise<void> {
  await openYear(ctx, { ...base, year: 2021, notDeployed: [] }, { isSample: true, actor: 'Dữ liệu mẫu', openedOn: '2021-01-10' })
  const rows = await rowsOf(db, 2021)
  await act(ctx, rows.filter((row) => row.unit_type === 'KDC').map((row) => row.id), 'REGISTER', { date: '2021-04-02' })
  const communeIds = rows.filter((row) => row.unit_type === 'XA').map((row) => row.id)
  await act(ctx, communeIds, 'REGISTER', { date: '2021-04-05' })
  await fullPath(ctx, communeIds.slice(0, 15), 2021, 'MEETING')
  await act(ctx, communeIds.slice(0, 9), 'RECEIVE_DOSSIER', { date: '2021-11-25' })
  await act(ctx, communeIds.slice(8, 9), 'RETURN_DOSSIER', { date: '2021-11-28', reason: 'Thiếu biên bản họp đánh giá có đủ chữ ký' })
  const [port, fishery, tourism] = [named(rows, 'DOANH_NGHIEP', [PORT]), named(rows, 'DOANH_NGHIEP', [FISHERY]), named(rows, 'DOANH_NGHIEP', [TOURISM])]
  await act(ctx, [...port, ...fishery, ...tourism], 'REGISTER', { date: '2021-04-08' })
  await fullPath(ctx, port, 2021, 'DOSSIER')
  await fullPath(ctx, fishery, 2021, 'MEETING')
}
