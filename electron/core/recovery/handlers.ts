import type { recoveryCalls } from '../../../shared/api/calls/recovery'
import type { HandlersOf } from '../../../shared/api/contract'
import { ApiError } from '../../../shared/api/errors'
import type { CoreContext } from '../context'
import { backupsDirOf, listBackupFolder } from '../backup/backup-files'

/** With the data open normally there is nothing to recover; restores go through the Sao lưu page. */
export function recoveryHandlers(ctx: CoreContext): HandlersOf<typeof recoveryCalls> {
  return {
    'recovery.status': () => ({
      error: null,
      canRestore: false,
      canUnlock: false,
      backups: listBackupFolder(backupsDirOf(ctx.dataFile)).filter((backup) => backup.integrity === 'ok'),
      dataFile: ctx.dataFile
    }),
    'recovery.restore': () => {
      throw new ApiError({ code: 'CONFLICT', message: 'Dữ liệu đang mở bình thường; hãy khôi phục ở trang Sao lưu.' })
    },
    'recovery.unlock': () => {
      throw new ApiError({ code: 'CONFLICT', message: 'Dữ liệu đang mở bình thường; không có khóa nào cần mở.' })
    }
  }
}
