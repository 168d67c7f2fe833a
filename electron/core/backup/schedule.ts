import type { CoreHost } from '../host'
import { autoBackup, type AutoBackupMoment } from './backup-service'

export const DEFAULT_BACKUP_INTERVAL_MINUTES = 10

export interface BackupSchedule {
  /** Stops the timer and makes the quit backup (when there are changes); never throws. */
  stop(): Promise<void>
}

/**
 * The automatic backups of a running app: one at start when the last is more than a day old, one every
 * `intervalMinutes` while there are changes not yet backed up, one at quit. A failure is logged, never fatal:
 * the health page shows how old the last backup is.
 */
export function startBackupSchedule(
  host: CoreHost,
  intervalMinutes = DEFAULT_BACKUP_INTERVAL_MINUTES,
  /** The start check waits for the window to be up (a backup is a second of disk work). */
  startDelayMs = 2_000
): BackupSchedule {
  let running: Promise<unknown> = Promise.resolve()
  const run = (moment: AutoBackupMoment) => {
    running = running.then(async () => {
      const core = host.core
      if (!core) return
      try {
        await autoBackup(core.ctx, moment)
      } catch (error) {
        console.error(`[antt-desk] automatic backup (${moment}) failed:`, (error as Error).message)
      }
    })
    return running
  }
  const startTimer = setTimeout(() => void run('start'), startDelayMs)
  const interval = setInterval(() => void run('interval'), intervalMinutes * 60_000)
  interval.unref?.()
  startTimer.unref?.()
  return {
    async stop() {
      clearTimeout(startTimer)
      clearInterval(interval)
      await run('quit')
    }
  }
}
