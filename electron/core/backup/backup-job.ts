import path from 'node:path'
import fs from 'node:fs'
import type { JobStatus } from '../../../shared/api/calls/jobs'
import { formatInteger } from '../../../shared/text/numbers'
import type { CoreContext } from '../context'
import { startJob } from '../jobs/long-job'
import { backupsDirOf } from './backup-files'
import { createBackup } from './backup-service'
import { checkRoomForBackup } from './snapshot'

/** The job counts in percent of the pages copied; the check of the copy is its last, uncounted part. */
const PERCENT = 100

/**
 * “Sao lưu ngay” and “Sao lưu ra thư mục…” as a job the Sao lưu page polls with its count (issue 12 item 5). A folder
 * that cannot take the copy is refused by this call itself, before any job starts, with the same messages as before.
 */
export function startBackupJob(ctx: CoreContext, folder?: string): JobStatus {
  const internal = backupsDirOf(ctx.dataFile)
  if (folder === undefined) fs.mkdirSync(internal, { recursive: true })
  checkRoomForBackup(ctx, path.resolve(folder ?? internal))
  return startJob(PERCENT, async (steps) => {
    steps.count(0, PERCENT, 'đang chuẩn bị')
    const backup = await createBackup(ctx, 'MANUAL', folder, undefined, ({ copied, total }) =>
      steps.count(
        Math.floor((copied * PERCENT) / Math.max(total, 1)),
        PERCENT,
        copied < total ? `đã chép ${formatInteger(copied)}/${formatInteger(total)} trang dữ liệu` : 'đang kiểm tra bản sao lưu'
      )
    )
    return `Đã sao lưu và kiểm tra: ${backup.name}.`
  })
}
