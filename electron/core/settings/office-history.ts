import type { Kysely, Selectable } from 'kysely'
import type { z } from 'zod'
import type { OfficePeriodRow, OfficeProfile, officePeriodInput } from '../../../shared/api/calls/settings'
import { notFound, validationError } from '../../../shared/api/errors'
import type { OfficeLevel } from '../../../shared/domain/office'
import { formatScreenDate } from '../../../shared/text/dates'
import { isoNow, toBit, withTransaction, type CoreContext } from '../context'
import type { Database, OfficeProfilePeriodTable } from '../db/schema'
import { recordChange, snapshot } from '../audit/audit-log'
import { getOffice } from './office-service'

type PeriodValues = z.output<typeof officePeriodInput>
type Executor = Kysely<Database>

/**
 * The office profile's history (law-2026.md §3, §6 item 15): the profile on Cài đặt is the office of today; each
 * period here is what it was called before, so a 2021 document prints the office of 2021 and a 2026 one the ward police.
 */
function toRow(row: Selectable<OfficeProfilePeriodTable>): OfficePeriodRow {
  return {
    id: row.id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    level: row.level,
    parentBodyName: row.parent_body_name,
    officeName: row.office_name,
    officeAbbreviation: row.office_abbreviation,
    teamName: row.team_name,
    peoplesCommitteeName: row.peoples_committee_name,
    peoplesCommitteeAbbreviation: row.peoples_committee_abbreviation,
    placeName: row.place_name,
    isSample: row.is_sample === 1
  }
}

export async function listOfficePeriods(db: Executor): Promise<OfficePeriodRow[]> {
  return (await db.selectFrom('office_profile_period').selectAll().orderBy('valid_to').execute()).map(toRow)
}

/** The profile as printed on a document dated `date`: the period that covers it, else the profile of today. */
export async function officeOn(db: Executor, date: string): Promise<OfficeProfile> {
  const current = await getOffice(db)
  const period = await db
    .selectFrom('office_profile_period')
    .selectAll()
    .where('valid_to', '>=', date)
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', date)]))
    .orderBy('valid_to')
    .executeTakeFirst()
  if (!period) return current
  return {
    ...current,
    level: period.level,
    parentBodyName: period.parent_body_name,
    officeName: period.office_name,
    officeAbbreviation: period.office_abbreviation,
    teamName: period.team_name,
    peoplesCommitteeName: period.peoples_committee_name,
    peoplesCommitteeAbbreviation: period.peoples_committee_abbreviation,
    placeName: period.place_name
  }
}

/** The office level of an evaluation year (its last day): it decides who tracks what when the year opens. */
export async function officeLevelOfYear(db: Executor, year: number): Promise<OfficeLevel | null> {
  const configured = await db.selectFrom('office_profile').select('level').executeTakeFirst()
  if (!configured) return null
  return (await officeOn(db, `${year}-12-31`)).level
}

/** Periods must not overlap (issue 8, "Bad input"): one office name per day. */
async function assertNoOverlap(trx: Executor, values: PeriodValues): Promise<void> {
  if (values.validFrom !== null && values.validFrom > values.validTo) {
    throw validationError('Ngày bắt đầu của thời kỳ phải trước ngày kết thúc.', { validFrom: 'Ngày bắt đầu sau ngày kết thúc.' })
  }
  const clash = await trx
    .selectFrom('office_profile_period')
    .select(['office_name', 'valid_from', 'valid_to'])
    .where('valid_to', '>=', values.validFrom ?? '0000-01-01')
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', values.validTo)]))
    .executeTakeFirst()
  if (clash) {
    const from = clash.valid_from ? formatScreenDate(clash.valid_from) : 'trước đó'
    throw validationError(
      `Thời kỳ này trùng với thời kỳ “${clash.office_name}” (${from} – ${formatScreenDate(clash.valid_to)}): mỗi ngày chỉ có một tên cơ quan, các thời kỳ không được chồng lên nhau.`,
      { validTo: 'Trùng với thời kỳ khác.' }
    )
  }
}

export async function addOfficePeriod(ctx: CoreContext, values: PeriodValues, isSample = false): Promise<OfficePeriodRow> {
  return withTransaction(ctx, async (trx, tctx) => {
    await assertNoOverlap(trx, values)
    const now = isoNow(ctx)
    const { id } = await trx
      .insertInto('office_profile_period')
      .values({
        valid_from: values.validFrom,
        valid_to: values.validTo,
        level: values.level,
        parent_body_name: values.parentBodyName,
        office_name: values.officeName,
        office_abbreviation: values.officeAbbreviation,
        team_name: values.teamName,
        peoples_committee_name: values.peoplesCommitteeName,
        peoples_committee_abbreviation: values.peoplesCommitteeAbbreviation,
        place_name: values.placeName,
        is_sample: toBit(isSample),
        created_at: now,
        updated_at: now
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordChange(tctx, 'office_profile_period', id, null)
    return toRow(await trx.selectFrom('office_profile_period').selectAll().where('id', '=', id).executeTakeFirstOrThrow())
  })
}

export async function deleteOfficePeriod(ctx: CoreContext, id: number): Promise<{ deleted: true }> {
  await withTransaction(ctx, async (trx, tctx) => {
    const before = await snapshot(trx, 'office_profile_period', id)
    if (!before) throw notFound('Không tìm thấy thời kỳ này của hồ sơ cơ quan.')
    await trx.deleteFrom('office_profile_period').where('id', '=', id).execute()
    await recordChange(tctx, 'office_profile_period', id, before)
  })
  return { deleted: true }
}
