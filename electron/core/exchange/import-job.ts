import { ApiError } from '../../../shared/api/errors'
import type { JobStatus } from '../../../shared/api/calls/jobs'
import type { CoreContext } from '../context'
import { withJobConnection } from '../jobs/job-connection'
import { JobCancelled, nextTurn, startJob } from '../jobs/long-job'
import { sampleLoading } from '../app/app-service'
import { holdWrites, writesHeld } from '../jobs/write-queue'
import { packRunning } from '../documents/pack/pack-job'
import { jobProgress, READING_LABEL, type RowProgress } from './import-progress'

const busy = (message: string) => new ApiError({ code: 'CONFLICT', message })

/**
 * An import's confirm step as a job (issue 12 item 5): the call returns at once, the file is read and written in one
 * transaction on the job's own connection, so the app keeps answering reads; the writing calls made meanwhile wait
 * and run after it. A failure or a cancel rolls the whole file back.
 */
export function startImportJob<Result>(
  ctx: CoreContext,
  run: (jctx: CoreContext, progress: RowProgress) => Promise<Result>,
  summary: (result: Result) => string
): JobStatus<Result> {
  if (writesHeld(ctx)) throw busy('Đang nhập một tệp Excel khác; vui lòng chờ xong rồi nhập tiếp.')
  // The sample's steps and the pack's register rows write on the app's connection, outside the queue.
  if (sampleLoading()) throw busy('Đang nạp dữ liệu mẫu; vui lòng chờ xong rồi nhập tệp Excel.')
  if (packRunning()) throw busy('Đang ghi bộ hồ sơ cuối năm; vui lòng chờ xong rồi nhập tệp Excel.')
  return startJob<Result>(0, (steps) =>
    holdWrites(ctx, async () => {
      steps.count(0, 0, READING_LABEL)
      // A write that passed the queue before the hold finishes first: SQLite has one writer.
      while (ctx.sqlite.inTransaction) await nextTurn()
      try {
        const result = await withJobConnection(ctx, (jctx) => run(jctx, jobProgress(steps)))
        return { message: summary(result), result }
      } catch (error) {
        if (error instanceof ApiError || error instanceof JobCancelled) throw error
        console.error('[antt-desk] import failed:', error)
        throw new ApiError({ code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong muốn khi nhập; dữ liệu không bị thay đổi. Vui lòng thử lại.' })
      }
    })
  )
}
