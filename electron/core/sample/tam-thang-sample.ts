import type { Kysely } from 'kysely'
import { areaInput } from '../../../shared/api/calls/areas'
import { REORGANISATION_REFS } from '../../../shared/api/calls/lineage'
import { officePeriodInput, officeProfileInput, signerInput } from '../../../shared/api/calls/settings'
import { unitInput } from '../../../shared/api/calls/units'
import type { AreaKind } from '../../../shared/domain/areas'
import type { EducationLevel, EnterpriseSize, UnitType } from '../../../shared/domain/units'
import sample from '../../../resources/sample/tam-thang.json'
import type { CoreContext } from '../context'
import type { Database } from '../db/schema'
import { createArea } from '../areas/area-service'
import { mergeAreas } from '../areas/lineage-service'
import { createUnit } from '../units/unit-service'
import { createSigner } from '../settings/signer-service'
import { writeOffice } from '../settings/office-service'
import { addOfficePeriod } from '../settings/office-history'
import { closeYear, openYear } from '../cycle/years'
import { act, rowsOf, type Row } from './sample-years'
import { randomInt, seededRandom } from './seeded-random'
import { insertSampleModels, type SampleModel } from './sample-models'

/**
 * "Công an phường Tam Thắng, 2025–2026" (issue 8 item 7): the four wards of 2024 under the district team, the merge
 * of 01/7/2025 (law-2026.md §3.1, NQ 1685) and the province's (NQ 202), 2025 decided by the ward police before the
 * Điều 9.1 dates, 2026 in progress. Which units pass or fail is an invented assignment.
 */
interface SampleOrganisation {
  type: UnitType
  name: string
  commune: string
  address: string
  headName: string
  headTitle: string
  staffTotal: number
  enterpriseSize?: EnterpriseSize
  educationLevels?: EducationLevel[]
}

const YEAR_BASE = { reason: null, notDeployed: [], notDeployedNote: null }
const SAMPLE = { isSample: true, actor: 'Dữ liệu mẫu' }

async function buildRegistry(ctx: CoreContext, trx: Kysely<Database>): Promise<{ wards: Map<string, number>; province: number }> {
  const random = seededRandom(sample.seed)
  const province = await createArea(ctx, areaInput.parse({ name: sample.province.name, kind: sample.province.kind, sortOrder: 0 }), true)
  const oldProvince = await createArea(ctx, areaInput.parse({ name: sample.oldProvince.name, kind: sample.oldProvince.kind as AreaKind, sortOrder: 10 }), true)
  const oldCity = await createArea(ctx, areaInput.parse({ name: sample.oldCity.name, kind: sample.oldCity.kind as AreaKind, parentId: oldProvince.id, sortOrder: 11 }), true)
  const wards = new Map<string, number>()
  let kdcNumber = 0
  for (const [index, ward] of sample.predecessors.entries()) {
    const area = await createArea(ctx, areaInput.parse({ name: ward.name, kind: 'PHUONG', parentId: oldCity.id, sortOrder: 20 + index }), true)
    wards.set(ward.name, area.id)
    // Khu phố numbered on through the four wards, so that their names stay distinct in the merged ward (sample names).
    for (let n = 1; n <= ward.kdcCount; n++) {
      kdcNumber++
      const values = unitInput.parse({ type: 'KDC', name: `Khu phố ${kdcNumber}`, areaId: area.id, kdcSubtype: 'khu phố', managingLevel: 'XA', householdsTotal: randomInt(random, 250, 650) })
      await createUnit(ctx, values, true, true)
    }
  }
  for (const organisation of sample.organisations as SampleOrganisation[]) {
    const values = unitInput.parse({
      type: organisation.type,
      name: organisation.name,
      areaId: wards.get(organisation.commune),
      managingLevel: 'XA',
      address: organisation.address,
      headName: organisation.headName,
      headTitle: organisation.headTitle,
      staffTotal: organisation.staffTotal,
      enterpriseSize: organisation.enterpriseSize ?? null,
      educationLevels: organisation.educationLevels ?? []
    })
    await createUnit(ctx, values, true, true)
  }
  for (const signer of sample.signers) await createSigner(ctx, signerInput.parse(signer), true)
  for (const period of sample.officePeriods) await addOfficePeriod(ctx, officePeriodInput.parse(period), true)
  // District government ended on 01/7/2025 (law-2026.md §3): the city area ends without a successor.
  await trx.updateTable('admin_area').set({ valid_to: sample.oldCity.validTo }).where('id', '=', oldCity.id).execute()
  return { wards, province: province.id }
}

function ofType(rows: Row[], type: string): number[] {
  return rows.filter((row) => row.unit_type === type).map((row) => row.id)
}

/** One effective model per old ward (hosted by a khu phố, so it moves with it) and one per organisation (sample names). */
function sampleModels(): SampleModel[] {
  const effective = { 2024: { members: 12, effective: true }, 2025: { members: 14, effective: true }, 2026: { members: 15, effective: true } }
  let first = 1
  const wards = sample.predecessors.map((ward) => {
    const host = `Khu phố ${first}`
    first += ward.kdcCount
    return { name: `Tổ tự quản an ninh trật tự ${host} (mẫu)`, kind: 'TU_QUAN' as const, host: { name: host, commune: ward.name }, establishedOn: '2020-03-01', years: effective }
  })
  const organisations = (sample.organisations as SampleOrganisation[]).map((o) => ({
    name: `Tổ bảo vệ ${o.name.replace(' (mẫu)', '')} (mẫu)`,
    kind: 'TU_BAO_VE' as const,
    host: { name: o.name, commune: o.commune },
    establishedOn: '2021-01-15',
    years: effective
  }))
  return [...wards, ...organisations]
}

/** 2024, as the district team kept it: khu phố outcomes from the wards, wards and organisations decided by UBND thành phố. */
async function year2024(ctx: CoreContext, db: Kysely<Database>): Promise<void> {
  await openYear(ctx, { ...YEAR_BASE, year: 2024 }, { ...SAMPLE, openedOn: '2024-01-10' })
  const rows = await rowsOf(db, 2024)
  const kdc = rows.filter((row) => row.unit_type === 'KDC')
  await act(ctx, kdc.map((r) => r.id), 'REGISTER', { date: '2024-03-20' })
  // Khu phố 5 (Phường 7), 11 (Phường 8) and 25 (Nguyễn An Ninh) are not recognised in 2024.
  const failing = new Set(['Khu phố 5', 'Khu phố 11', 'Khu phố 25'])
  await act(ctx, kdc.filter((r) => !failing.has(r.unit_name)).map((r) => r.id), 'RECORD_OUTCOME_RECOGNISED', { date: '2024-11-12', ref: '38/QĐ-UBND (phường)', body: 'UBND phường' })
  await act(ctx, kdc.filter((r) => failing.has(r.unit_name)).map((r) => r.id), 'RECORD_OUTCOME_NOT_RECOGNISED', { date: '2024-11-12', reason: 'Không đạt tiêu chí' })
  const organisations = rows.filter((row) => row.unit_type !== 'KDC' && row.unit_type !== 'XA')
  await act(ctx, organisations.map((r) => r.id), 'REGISTER', { date: '2024-03-25' })
  const market = (r: Row) => r.unit_name.startsWith('Ban Quản lý chợ')
  await act(ctx, organisations.filter((r) => !market(r)).map((r) => r.id), 'RECORD_OUTCOME_RECOGNISED', { date: '2024-11-10', ref: '29/QĐ-UBND (phường)', body: 'UBND phường' })
  await act(ctx, organisations.filter(market).map((r) => r.id), 'RECORD_OUTCOME_NOT_RECOGNISED', { date: '2024-11-10', reason: 'Không đạt tiêu chí' })
  const communes = rows.filter((row) => row.unit_type === 'XA')
  await act(ctx, communes.map((r) => r.id), 'REGISTER', { date: '2024-03-25' })
  const passing = communes.filter((r) => r.unit_name !== 'Phường 8').map((r) => r.id)
  await act(ctx, communes.map((r) => r.id), 'RECORD_MEETING', { date: '2024-11-05', allCriteriaPassed: true, chair: 'Chủ tịch UBND phường (mẫu)' })
  await act(ctx, communes.map((r) => r.id), 'RECEIVE_DOSSIER', { date: '2024-11-08' })
  await act(ctx, passing, 'APPRAISE_PASS', { date: '2024-11-12' })
  await act(ctx, communes.filter((r) => r.unit_name === 'Phường 8').map((r) => r.id), 'APPRAISE_FAIL', { date: '2024-11-12', reason: 'Chưa đạt tiêu chí 3: để xảy ra vụ việc phức tạp về an ninh, trật tự (mẫu)' })
  await act(ctx, passing, 'PROPOSE', { date: '2024-11-14', ref: '75/TTr-CATP' })
  await act(ctx, passing, 'RECORD_DECISION', { date: '2024-11-19', ref: '3012/QĐ-UBND', signer: 'Nguyễn Văn An (mẫu)', body: 'UBND thành phố Vũng Tàu' })
  await closeYear(ctx, 2024, true)
}

/** The full path of the ward police's own decisions, inside the Điều 9.1 dates (khu dân cư before 15/11, others before 20/11). */
async function decide(ctx: CoreContext, ids: number[], kdc: boolean, year: number): Promise<void> {
  const d = kdc ? { meeting: '10-20', dossier: '10-24', appraise: '11-03', propose: '11-05', decision: '11-10' } : { meeting: '11-04', dossier: '11-06', appraise: '11-12', propose: '11-14', decision: '11-18' }
  await act(ctx, ids, 'RECORD_MEETING', { date: `${year}-${d.meeting}`, allCriteriaPassed: true, chair: 'Chủ tịch UBND phường (mẫu)' })
  await act(ctx, ids, 'RECEIVE_DOSSIER', { date: `${year}-${d.dossier}` })
  await act(ctx, ids, 'APPRAISE_PASS', { date: `${year}-${d.appraise}` })
  await act(ctx, ids, 'PROPOSE', { date: `${year}-${d.propose}`, ref: `${kdc ? 41 : 44}/TTr-CAP` })
  await act(ctx, ids, 'RECORD_DECISION', { date: `${year}-${d.decision}`, ref: `${kdc ? 112 : 118}/QĐ-UBND`, signer: 'Đặng Văn Hòa (mẫu)', body: 'UBND phường Tam Thắng' })
}

async function year2025(ctx: CoreContext, db: Kysely<Database>): Promise<void> {
  await openYear(ctx, { ...YEAR_BASE, year: 2025 }, { ...SAMPLE, openedOn: '2025-07-15' })
  const rows = await rowsOf(db, 2025)
  const all = rows.filter((row) => row.unit_type !== 'XA').map((r) => r.id)
  await act(ctx, [...all, ...ofType(rows, 'XA')], 'REGISTER', { date: '2025-03-25' })
  const kdc = rows.filter((row) => row.unit_type === 'KDC')
  // Khu phố 11 is still not recognised in 2025; the others are.
  await decide(ctx, kdc.filter((r) => r.unit_name !== 'Khu phố 11').map((r) => r.id), true, 2025)
  await act(ctx, kdc.filter((r) => r.unit_name === 'Khu phố 11').map((r) => r.id), 'CLOSE_UNFINISHED', { date: '2025-11-14', reason: 'Chưa đạt tiêu chí 4: phát sinh tụ điểm phức tạp về trật tự xã hội (mẫu)' })
  const organisations = rows.filter((row) => row.unit_type !== 'KDC' && row.unit_type !== 'XA').map((r) => r.id)
  await decide(ctx, organisations, false, 2025)
  // The ward itself last: its appraisal needs every unit it manages decided (commune rule, Điều 5.4).
  await decide(ctx, ofType(rows, 'XA'), false, 2025)
  await closeYear(ctx, 2025, true)
}

async function year2026(ctx: CoreContext, db: Kysely<Database>): Promise<void> {
  await openYear(ctx, { ...YEAR_BASE, year: 2026 }, { ...SAMPLE, openedOn: '2026-01-12' })
  const rows = await rowsOf(db, 2026)
  await act(ctx, rows.filter((row) => row.unit_type !== 'CSGD').map((r) => r.id), 'REGISTER', { date: '2026-03-20' })
  const kdc = ofType(rows, 'KDC')
  await act(ctx, kdc.slice(0, 12), 'RECORD_MEETING', { date: '2026-10-15', allCriteriaPassed: true, chair: 'Trưởng khu phố (mẫu)' })
}

export async function loadTamThangSample(ctx: CoreContext, trx: Kysely<Database>): Promise<{ communes: number }> {
  const { wards, province } = await buildRegistry(ctx, trx)
  await insertSampleModels(ctx, trx, sampleModels())
  // The office of today; its history (the district team, then the ward police of Nguyễn An Ninh) is in the periods.
  await writeOffice(ctx, trx, officeProfileInput.parse({ ...sample.office, rootAreaId: null }), true)
  await year2024(ctx, trx)
  const merged = await mergeAreas(
    ctx,
    {
      predecessorIds: [...wards.values()],
      successorId: null,
      newArea: { name: sample.ward.name, kind: sample.ward.kind as AreaKind, parentId: province },
      effectiveOn: sample.ward.effectiveOn,
      legalRef: REORGANISATION_REFS.communes,
      // law-2026.md §3.1: a whole-area, whole-population merge; the note is what the office reads in Lịch sử sáp nhập.
      note: 'Sáp nhập toàn bộ diện tích, quy mô dân số của Phường 7, Phường 8, Phường 9 và phường Nguyễn An Ninh',
      movedUnitIds: null
    },
    true
  )
  const oldProvince = await trx.selectFrom('admin_area').select('id').where('name', '=', sample.oldProvince.name).where('is_sample', '=', 1).executeTakeFirstOrThrow()
  await mergeAreas(ctx, { predecessorIds: [oldProvince.id], successorId: province, newArea: null, effectiveOn: sample.ward.effectiveOn, legalRef: REORGANISATION_REFS.province, note: null, movedUnitIds: null }, true)
  await trx.updateTable('office_profile').set({ root_area_id: merged.successorId }).where('id', '=', 1).execute()
  await trx.updateTable('admin_area').set({ sort_order: 1 }).where('id', '=', merged.successorId).execute()
  await year2025(ctx, trx)
  await year2026(ctx, trx)
  return { communes: 1 }
}
