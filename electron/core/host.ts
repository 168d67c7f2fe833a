import fs from 'node:fs'
import path from 'node:path'
import type { RecoveryStatus } from '../../shared/api/calls/recovery'
import { CALL_NAMES, type ApiHandlers } from '../../shared/api/contract'
import { ApiError, type ApiErrorBody, type Envelope } from '../../shared/api/errors'
import { createCore, DATA_FILE_NAME, type Core, type CoreOptions } from '.'
import { dispatch } from './dispatch'
import { backupsDirOf, dropAuditHeads, listBackupFolder } from './backup/backup-files'
import { inspectDatabaseFile } from './backup/snapshot'
import { acquireDataLock, judgeDataLock, type DataLock } from './db/data-lock'
import { fileStamp, freePath } from './kept-names'

/**
 * What the transports (IPC, HTTP) talk to: the opened core, or — when the data file could not be opened — a small
 * recovery mode that answers every call with the start-up error, except the two recovery calls, which list the
 * backups and put the newest good one in place of a damaged file. After a recovery the core is opened in place.
 */
export interface CoreHost {
  readonly core: Core | null
  readonly startupError: ApiErrorBody | null
  dispatch(name: string, input: unknown): Promise<Envelope<unknown>>
  close(): Promise<void>
}

const RECOVERABLE = new Set(['DB_CORRUPT', 'DB_NOT_SQLITE'])

export function openCoreHost(options: CoreOptions): CoreHost {
  let core: Core | null = null
  let startupError: ApiErrorBody | null = null
  const dataFile = path.join(options.dataDir, DATA_FILE_NAME)
  const now = options.now ?? (() => new Date())

  // The data-folder lock is held in every mode that can write: recovery too, so a second process on a damaged
  // folder cannot restore over the first one's data. It passes to the core once the data opens.
  let lock: DataLock | null = null
  const open = (unlock = false) => {
    try {
      lock ??= acquireDataLock(options.dataDir, { unlock })
      core = createCore({ ...options, lock })
      startupError = null
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      core = null
      startupError = error.body
    }
  }

  const recoveryStatus = (): RecoveryStatus => ({
    error: startupError,
    canRestore: startupError !== null && RECOVERABLE.has(startupError.code) && lock !== null,
    canUnlock: startupError?.code === 'DB_IN_USE' && judgeDataLock(options.dataDir) === 'unsure',
    backups: listBackupFolder(backupsDirOf(dataFile)).filter((backup) => backup.integrity === 'ok'),
    dataFile
  })

  /** Keeps the damaged file (and its journal) aside, never deletes it, then copies the chosen backup in its place. */
  const recover = (file: string) => {
    if (!startupError || !RECOVERABLE.has(startupError.code) || lock === null) {
      const message = startupError
        ? `Bản sao lưu không khắc phục được lỗi này: ${startupError.message}`
        : 'Dữ liệu đang mở bình thường; hãy khôi phục ở trang Sao lưu.'
      throw new ApiError({ code: 'CONFLICT', message })
    }
    const inspected = inspectDatabaseFile(file)
    fs.rmSync(path.dirname(inspected.copy), { recursive: true, force: true })
    const aside = freePath(options.dataDir, `du-lieu-hong_${fileStamp(now())}`)
    fs.mkdirSync(aside)
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      if (fs.existsSync(dataFile + suffix)) fs.renameSync(dataFile + suffix, path.join(aside, DATA_FILE_NAME + suffix))
    }
    fs.copyFileSync(file, dataFile)
    // The log is now the backup's: newer copies' heads would call its missing tail a cut.
    dropAuditHeads(backupsDirOf(dataFile))
    open()
    if (startupError) throw new ApiError(startupError)
    return { restoredFrom: file, damagedFileKeptAt: aside }
  }

  /** “Mở khóa”: only when the holder cannot be judged; a holder known to be alive keeps its lock. */
  const unlock = () => {
    if (startupError?.code !== 'DB_IN_USE' || judgeDataLock(options.dataDir) !== 'unsure') {
      throw new ApiError({ code: 'CONFLICT', message: 'Không mở khóa được: dữ liệu đang được một cửa sổ ANTT Desk khác dùng, hoặc không bị khóa.' })
    }
    open(true)
    if (startupError) throw new ApiError(startupError)
    return { unlocked: true as const }
  }

  /** In recovery mode every call answers with the start-up error, except the two recovery calls. */
  const recoveryModeHandlers = (): ApiHandlers => {
    const refuse = () => {
      throw new ApiError(startupError as ApiErrorBody)
    }
    const handlers = Object.fromEntries(CALL_NAMES.map((name) => [name, refuse])) as unknown as ApiHandlers
    handlers['recovery.status'] = recoveryStatus
    handlers['recovery.restore'] = ({ file }) => recover(file)
    handlers['recovery.unlock'] = () => unlock()
    return handlers
  }

  open()
  return {
    get core() {
      return core
    },
    get startupError() {
      return startupError
    },
    dispatch: (name, input) => dispatch(core ? core.handlers : recoveryModeHandlers(), name, input),
    async close() {
      if (core) await core.close()
      else lock?.release()
      lock = null
    }
  }
}
