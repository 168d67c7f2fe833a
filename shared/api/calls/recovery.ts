import { z } from 'zod'
import type { ApiErrorBody } from '../errors'
import { emptyInput } from '../fields'
import { call } from '../call'
import { userPath } from '../fields'
import type { BackupInfo } from './backup'

/** When the data file cannot be opened: what went wrong and the backups that could replace it. */
export interface RecoveryStatus {
  error: ApiErrorBody | null
  /** True when a backup can fix it (corrupt or unreadable file), false for “in use” or “from a newer version”. */
  canRestore: boolean
  /** True when the data is locked by a holder that cannot be judged (another computer, an old lock): “Mở khóa”. */
  canUnlock: boolean
  backups: BackupInfo[]
  dataFile: string
}

export const recoveryRestore = z
  .object({
    file: userPath('Tệp sao lưu'),
    confirmed: z.literal(true, { error: 'Vui lòng xác nhận trước khi khôi phục.' })
  })
  .strict()

/** “Mở khóa” after the warning was read: takes over a lock whose holder cannot be judged. */
export const recoveryUnlock = z.object({ confirmed: z.literal(true, { error: 'Vui lòng xác nhận trước khi mở khóa.' }) }).strict()

export const recoveryCalls = {
  'recovery.status': call<RecoveryStatus>({ reads: true })(emptyInput),
  'recovery.restore': call<{ restoredFrom: string; damagedFileKeptAt: string }>()(recoveryRestore),
  'recovery.unlock': call<{ unlocked: true }>()(recoveryUnlock)
}
