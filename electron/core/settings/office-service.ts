import type { z } from 'zod'
import type { OfficeProfile, officeProfileInput } from '../../../shared/api/calls/settings'
import { fieldError } from '../../../shared/api/errors'
import { isoNow, toBit, withTransaction, type CoreContext } from '../context'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { recordChange, snapshot } from '../audit/audit-log'

type OfficeValues = z.output<typeof officeProfileInput>

/** What the profile looks like before the office has filled it in: empty names, to be completed on Cài đặt. */
const BLANK_PROFILE: OfficeValues = {
  level: 'CONG_AN_XA',
  parentBodyName: '',
  officeName: '',
  officeAbbreviation: '',
  teamName: null,
  draftingUnitAbbreviation: null,
  peoplesCommitteeName: '',
  peoplesCommitteeAbbreviation: null,
  steeringCommitteeName: null,
  steeringCommitteeAbbreviation: null,
  upperUnitName: null,
  placeName: '',
  rootAreaId: null
}

export async function getOffice(db: Kysely<Database>): Promise<OfficeProfile> {
  const row = await db.selectFrom('office_profile').selectAll().where('id', '=', 1).executeTakeFirst()
  if (!row) return { ...BLANK_PROFILE, isSample: false, configured: false }
  return {
    level: row.level,
    parentBodyName: row.parent_body_name,
    officeName: row.office_name,
    officeAbbreviation: row.office_abbreviation,
    teamName: row.team_name,
    draftingUnitAbbreviation: row.drafting_unit_abbreviation,
    peoplesCommitteeName: row.peoples_committee_name,
    peoplesCommitteeAbbreviation: row.peoples_committee_abbreviation,
    steeringCommitteeName: row.steering_committee_name,
    steeringCommitteeAbbreviation: row.steering_committee_abbreviation,
    upperUnitName: row.upper_unit_name,
    placeName: row.place_name,
    rootAreaId: row.root_area_id,
    isSample: row.is_sample === 1,
    configured: true
  }
}

export async function writeOffice(
  ctx: CoreContext,
  trx: Kysely<Database>,
  values: OfficeValues,
  isSample: boolean
): Promise<void> {
  if (values.rootAreaId !== null) {
    const area = await trx.selectFrom('admin_area').select('id').where('id', '=', values.rootAreaId).executeTakeFirst()
    if (!area) throw fieldError('rootAreaId', 'Địa bàn quản lý đã chọn không tồn tại.')
  }
  const before = await snapshot(trx, 'office_profile', 1)
  const row = {
    level: values.level,
    parent_body_name: values.parentBodyName,
    office_name: values.officeName,
    office_abbreviation: values.officeAbbreviation,
    team_name: values.teamName,
    drafting_unit_abbreviation: values.draftingUnitAbbreviation,
    peoples_committee_name: values.peoplesCommitteeName,
    peoples_committee_abbreviation: values.peoplesCommitteeAbbreviation,
    steering_committee_name: values.steeringCommitteeName,
    steering_committee_abbreviation: values.steeringCommitteeAbbreviation,
    upper_unit_name: values.upperUnitName,
    place_name: values.placeName,
    root_area_id: values.rootAreaId,
    is_sample: toBit(isSample),
    updated_at: isoNow(ctx)
  }
  await trx
    .insertInto('office_profile')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute()
  await recordChange({ ...ctx, db: trx }, 'office_profile', 1, before)
}

/** Saving the profile by hand makes it the office's own: it is no longer part of the removable sample. */
export async function saveOffice(ctx: CoreContext, values: OfficeValues): Promise<OfficeProfile> {
  await withTransaction(ctx, (trx) => writeOffice(ctx, trx, values, false))
  return getOffice(ctx.db)
}
