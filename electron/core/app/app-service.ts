import type { AppStatus } from '../../../shared/api/calls/app'
import { ApiError } from '../../../shared/api/errors'
import type { CoreContext } from '../context'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { getOffice } from '../settings/office-service'
import type { SampleId } from '../../../shared/api/calls/app'
import { hasSampleData, loadSample } from '../sample/sample-service'
import { getMeta, setMeta } from './meta'
import { auditBreak } from '../audit/audit-anchor'

async function isEmpty(ctx: CoreContext): Promise<boolean> {
  const row = await ctx.db
    .selectFrom('admin_area')
    .select('id')
    .unionAll(ctx.db.selectFrom('unit').select('id'))
    .limit(1)
    .executeTakeFirst()
  return row === undefined
}

export async function appStatus(ctx: CoreContext): Promise<AppStatus> {
  const onboardingDone = (await getMeta(ctx.db, 'onboarding_done')) === '1'
  return {
    needsOnboarding: !onboardingDone && (await isEmpty(ctx)),
    hasSampleData: await hasSampleData(ctx),
    office: await getOffice(ctx.db),
    schemaVersion: LATEST_SCHEMA_VERSION,
    dataFile: ctx.dataFile,
    appVersion: ctx.appVersion,
    auditBreak: auditBreak(ctx)
  }
}

export async function chooseSample(ctx: CoreContext, which: SampleId = 'VUNG_TAU'): Promise<AppStatus> {
  await loadSample(ctx, which)
  return appStatus(ctx)
}

export async function chooseEmpty(ctx: CoreContext): Promise<AppStatus> {
  if (!(await isEmpty(ctx))) {
    throw new ApiError({ code: 'CONFLICT', message: 'Cơ sở dữ liệu đã có dữ liệu; không cần chọn cách bắt đầu.' })
  }
  await setMeta(ctx.db, 'onboarding_done', '1')
  return appStatus(ctx)
}
