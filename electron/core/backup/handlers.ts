import type { backupCalls } from '../../../shared/api/calls/backup'
import type { HandlersOf } from '../../../shared/api/contract'
import type { CoreContext } from '../context'
import { jobStatus } from '../jobs/long-job'
import { startBackupJob } from './backup-job'
import { createBackup, databaseHealth, listBackups, previewBackup, restoreBackup, undoRestore } from './backup-service'

export function backupHandlers(ctx: CoreContext): HandlersOf<typeof backupCalls> {
  return {
    'backup.health': () => databaseHealth(ctx),
    'backup.list': () => listBackups(ctx),
    'backup.create': ({ folder }) => createBackup(ctx, 'MANUAL', folder),
    'backup.start': ({ folder }) => startBackupJob(ctx, folder),
    'backup.status': ({ jobId }) => jobStatus(jobId),
    'backup.preview': ({ file }) => previewBackup(file),
    'backup.restore': ({ file }) => restoreBackup(ctx, file),
    'backup.undoRestore': () => undoRestore(ctx)
  }
}
