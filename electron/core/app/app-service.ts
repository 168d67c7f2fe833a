import type { AppStatus } from '../../../shared/api/calls/app'
import { ApiError } from '../../../shared/api/errors'
import type { CoreContext } from '../context'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { getOffice } from '../settings/office-service'
import type { SampleId } from '../../../shared/api/calls/app'
import { hasSampleData, loadSample, sampleStepCount } from '../sample/sample-service'
import { isRunning, startJob } from '../jobs/long-job'
import type { JobStatus } from '../../../shared/api/calls/jobs'
import { getMeta, setMeta } from './meta'
import { auditBreak, auditCheckPending } from '../audit/audit-anchor'

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
    // A sample half loaded is not a start yet: onboarding stays until its last step.
    needsOnboarding: !onboardingDone && (isRunning(sampleJob) || (await isEmpty(ctx))),
    hasSampleData: await hasSampleData(ctx),
    office: await getOffice(ctx.db),
    schemaVersion: LATEST_SCHEMA_VERSION,
    dataFile: ctx.dataFile,
    appVersion: ctx.appVersion,
    auditBreak: auditBreak(ctx),
    auditCheckPending: auditCheckPending(ctx)
  }
}

export async function chooseSample(ctx: CoreContext, which: SampleId = 'VUNG_TAU'): Promise<AppStatus> {
  await loadSample(ctx, which)
  return appStatus(ctx)
}

let sampleJob: number | null = null

/** True while the sample data loads (its steps write on the app's connection, outside the import's write queue). */
export function sampleLoading(): boolean {
  return isRunning(sampleJob)
}

/** “Dùng dữ liệu mẫu” from the page: returns at once; the page polls app.sampleStatus for the count. */
export async function startSampleLoad(ctx: CoreContext, which: SampleId = 'VUNG_TAU'): Promise<JobStatus> {
  if (isRunning(sampleJob)) throw new ApiError({ code: 'CONFLICT', message: 'Dữ liệu mẫu đang được nạp.' })
  if (await hasSampleData(ctx)) throw new ApiError({ code: 'CONFLICT', message: 'Dữ liệu mẫu đã được nạp.' })
  const job = startJob(sampleStepCount(which), async (steps) => {
    await loadSample(ctx, which, steps)
    return which === 'TAM_THANG' ? 'Đã nạp dữ liệu mẫu Công an phường Tam Thắng.' : 'Đã nạp dữ liệu mẫu thành phố Vũng Tàu.'
  })
  sampleJob = job.jobId
  return job
}

export async function chooseEmpty(ctx: CoreContext): Promise<AppStatus> {
  if (!(await isEmpty(ctx))) {
    throw new ApiError({ code: 'CONFLICT', message: 'Cơ sở dữ liệu đã có dữ liệu; không cần chọn cách bắt đầu.' })
  }
  await setMeta(ctx.db, 'onboarding_done', '1')
  return appStatus(ctx)
}
