import { sql } from 'kysely'
import { ApiError } from '../../../shared/api/errors'
import type { SampleRemoval } from '../../../shared/api/calls/app'
import { officeProfileInput, signerInput } from '../../../shared/api/calls/settings'
import { areaInput } from '../../../shared/api/calls/areas'
import { unitInput } from '../../../shared/api/calls/units'
import type { AreaKind } from '../../../shared/domain/areas'
import type { EducationLevel, EnterpriseSize, UnitType } from '../../../shared/domain/units'
import sample from '../../../resources/sample/vung-tau.json'
import { withTransaction, type CoreContext } from '../context'
import { createArea } from '../areas/area-service'
import { createUnit } from '../units/unit-service'
import { createSigner } from '../settings/signer-service'
import { writeOffice } from '../settings/office-service'
import { randomInt, seededRandom } from './seeded-random'
import { setMeta } from '../app/meta'
import { SAMPLE_YEARS } from './sample-years'
import type { JobSteps } from '../jobs/long-job'
import { recordEvent } from '../audit/audit-log'
import { loadSampleModels, realModelsOnSample, removeSampleModels } from './sample-models'
import { loadTamThangSample } from './tam-thang-sample'
import type { SampleId } from '../../../shared/api/calls/app'

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

/** Any row of a sample (area, unit or signer): app.status asks on every page, so it is answered from indexes. */
export function sampleRowQuery(db: CoreContext['db']) {
  return (
    db
      .selectFrom('admin_area')
      .select('id')
      // Literal, so the partial indexes of migration 014 answer it.
      .where(sql<boolean>`is_sample = 1`)
      .unionAll(db.selectFrom('unit').select('id').where(sql<boolean>`is_sample = 1`))
      .unionAll(db.selectFrom('signer').select('id').where('is_sample', '=', 1))
      .limit(1)
  )
}

export async function hasSampleData(ctx: CoreContext): Promise<boolean> {
  return (await sampleRowQuery(ctx.db).executeTakeFirst()) !== undefined
}

/** How many steps each sample's load shows ("Đang nạp dữ liệu mẫu: 3/7 bước"). */
export function sampleStepCount(which: SampleId): number {
  return which === 'TAM_THANG' ? 1 : 4 + SAMPLE_YEARS.length
}

const silently: JobSteps = { step: async () => {}, count: () => {}, cancelled: false }

/**
 * Loads a sample: Vũng Tàu 2019–2021 (domain.md §10) or Công an phường Tam Thắng 2024–2026 (issue 8 item 7). Every
 * row is marked is_sample. Each step is its own transaction, so other calls are answered between steps (issue 12
 * item 5); onboarding ends only with the last, and a failure removes the sample rows written so far.
 */
export async function loadSample(ctx: CoreContext, which: SampleId = 'VUNG_TAU', steps: JobSteps = silently): Promise<void> {
  if (await hasSampleData(ctx)) throw new ApiError({ code: 'CONFLICT', message: 'Dữ liệu mẫu đã được nạp.' })
  try {
    if (which === 'TAM_THANG') {
      await steps.step('Công an phường Tam Thắng')
      await withTransaction(ctx, async (trx, tctx) => {
        const loaded = await loadTamThangSample(tctx, trx)
        await setMeta(trx, 'onboarding_done', '1')
        await recordEvent(tctx, 'SAMPLE_LOAD', { sample: 'Công an phường Tam Thắng', ...loaded })
      })
      return
    }
    await loadVungTau(ctx, steps)
  } catch (error) {
    await removeSample(ctx).catch(() => undefined)
    throw error
  }
}

async function loadVungTau(ctx: CoreContext, steps: JobSteps): Promise<void> {
  const random = seededRandom(sample.seed)
  const communeIds = new Map<string, number>()
  await steps.step('Địa bàn và khu dân cư')
  const rootId = await withTransaction(ctx, async (_trx, tctx) => {
    const root = await createArea(tctx, areaInput.parse({ name: sample.root.name, kind: sample.root.kind, sortOrder: 0 }), true)
    for (const [index, commune] of sample.communes.entries()) {
      const area = await createArea(
        tctx,
        areaInput.parse({ name: commune.name, kind: commune.kind as AreaKind, parentId: root.id, sortOrder: index + 1 }),
        true
      )
      communeIds.set(commune.name, area.id)
      for (let n = 1; n <= commune.kdcCount; n++) {
        const values = unitInput.parse({
          type: 'KDC',
          name: `${commune.kdcPrefix} ${n}`,
          areaId: area.id,
          kdcSubtype: commune.kdcPrefix === 'Thôn' ? 'thôn' : 'khu phố',
          managingLevel: 'XA',
          householdsTotal: randomInt(random, 200, 600)
        })
        await createUnit(tctx, values, true, true)
      }
    }
    return root.id
  })
  await steps.step('Cơ quan, doanh nghiệp, nhà trường')
  await withTransaction(ctx, async (_trx, tctx) => {
    for (const organisation of sample.organisations as SampleOrganisation[]) {
      const values = unitInput.parse({
        type: organisation.type,
        name: organisation.name,
        areaId: communeIds.get(organisation.commune),
        managingLevel: 'HUYEN',
        address: organisation.address,
        headName: organisation.headName,
        headTitle: organisation.headTitle,
        staffTotal: organisation.staffTotal,
        enterpriseSize: organisation.enterpriseSize ?? null,
        educationLevels: organisation.educationLevels ?? []
      })
      await createUnit(tctx, values, true, true)
    }
  })
  await steps.step('Người ký và thông tin cơ quan')
  await withTransaction(ctx, async (trx, tctx) => {
    for (const signer of sample.signers) await createSigner(tctx, signerInput.parse(signer), true)
    await writeOffice(tctx, trx, officeProfileInput.parse({ ...sample.office, rootAreaId: rootId }), true)
  })
  for (const { year, load } of SAMPLE_YEARS) {
    await steps.step(`Năm ${year}`)
    await withTransaction(ctx, (trx, tctx) => load(tctx, trx))
  }
  await steps.step('Mẫu văn bản')
  await withTransaction(ctx, async (trx, tctx) => {
    await loadSampleModels(tctx, trx)
    await setMeta(trx, 'onboarding_done', '1')
    await recordEvent(tctx, 'SAMPLE_LOAD', { communes: sample.communes.length })
  })
}

/**
 * “Xóa dữ liệu mẫu”: every sample row goes in one transaction; real rows that point at sample rows stop it with the
 * message of domain.md §10 and nothing is deleted.
 */
export async function removeSample(ctx: CoreContext): Promise<SampleRemoval> {
  return withTransaction(ctx, async (trx, tctx) => {
    const realUnitsInSampleAreas = await trx
      .selectFrom('unit as u')
      .innerJoin('admin_area as a', 'a.id', 'u.area_id')
      .select(['u.name', 'a.name as area'])
      .where('u.is_sample', '=', 0)
      .where('a.is_sample', '=', 1)
      .where('u.type', '<>', 'XA')
      .limit(10)
      .execute()
    const realAreasUnderSample = await trx
      .selectFrom('admin_area as child')
      .innerJoin('admin_area as parent', 'parent.id', 'child.parent_id')
      .select('child.name')
      .where('child.is_sample', '=', 0)
      .where('parent.is_sample', '=', 1)
      .limit(10)
      .execute()
    const realRecordsInSampleYears = await trx
      .selectFrom('unit_year as uy')
      .innerJoin('eval_year as y', 'y.year', 'uy.year')
      .innerJoin('unit as u', 'u.id', 'uy.unit_id')
      .select(['u.name', 'uy.year'])
      .where('y.is_sample', '=', 1)
      .where('u.is_sample', '=', 0)
      .where('u.type', '<>', 'XA')
      .limit(10)
      .execute()
    const linked = [
      ...realRecordsInSampleYears.map((row) => `hồ sơ năm ${row.year} của ${row.name}`),
      ...realUnitsInSampleAreas.map((row) => `${row.name} (${row.area})`),
      ...realAreasUnderSample.map((row) => row.name),
      ...(await realModelsOnSample(trx))
    ]
    if (linked.length > 0) {
      throw new ApiError({
        code: 'CONFLICT',
        message: `Không thể xóa dữ liệu mẫu vì có dữ liệu thật liên kết: ${linked.join('; ')}.`
      })
    }
    await trx.deleteFrom('document').where('is_sample', '=', 1).execute()
    await removeSampleModels(trx)
    // Yearly records first (their history, criteria and dossier rows follow by cascade), then the sample years.
    const sampleAreas = trx.selectFrom('admin_area').select('id').where('is_sample', '=', 1)
    const sampleUnits = trx.selectFrom('unit').select('id').where((eb) => eb.or([eb('is_sample', '=', 1), eb.and([eb('type', '=', 'XA'), eb('area_id', 'in', sampleAreas)])]))
    await trx.deleteFrom('unit_year').where((eb) => eb.or([eb('is_sample', '=', 1), eb('unit_id', 'in', sampleUnits)])).execute()
    await trx.deleteFrom('eval_year').where('is_sample', '=', 1).where('year', 'not in', trx.selectFrom('unit_year').select('year')).execute()
    const units = await trx.deleteFrom('unit').where('is_sample', '=', 1).executeTakeFirst()
    // XA units of sample areas follow their area even if the office edited their details.
    await trx.deleteFrom('unit').where('type', '=', 'XA').where('area_id', 'in', trx.selectFrom('admin_area').select('id').where('is_sample', '=', 1)).execute()
    await trx.deleteFrom('office_profile').where('is_sample', '=', 1).execute()
    await trx.updateTable('office_profile').set({ root_area_id: null }).where('root_area_id', 'in', trx.selectFrom('admin_area').select('id').where('is_sample', '=', 1)).execute()
    const signers = await trx.deleteFrom('signer').where('is_sample', '=', 1).executeTakeFirst()
    // Lineage events and office periods of the sample first, then areas leaves first (a sample may have three levels).
    await trx.deleteFrom('area_event').where('is_sample', '=', 1).execute()
    await trx.deleteFrom('office_profile_period').where('is_sample', '=', 1).execute()
    let removedAreas = 0
    for (;;) {
      const leaves = await trx
        .deleteFrom('admin_area')
        .where('is_sample', '=', 1)
        .where('id', 'not in', trx.selectFrom('admin_area as child').select('child.parent_id').where('child.parent_id', 'is not', null).$castTo<{ parent_id: number }>())
        .executeTakeFirst()
      if (Number(leaves.numDeletedRows) === 0) break
      removedAreas += Number(leaves.numDeletedRows)
    }
    const removal = {
      removedAreas,
      removedUnits: Number(units.numDeletedRows),
      removedSigners: Number(signers.numDeletedRows)
    }
    await recordEvent(tctx, 'SAMPLE_REMOVE', removal)
    return removal
  })
}
