import { call } from '../../api/client'
import { useJob } from '../../api/useJob'

const startBackup = (input: { folder?: string }) => call('backup.start', input)
const pollBackup = (jobId: number) => call('backup.status', { jobId })

/**
 * A backup the user starts: a folder that cannot take it is refused by the start call itself, then the page polls the
 * count while the core copies and checks, and the rest of the app keeps answering (issue 12 item 5).
 */
export function useBackupJob(onDone: () => void) {
  const job = useJob(startBackup, pollBackup, onDone)
  return { ...job, busy: job.starting || job.running !== null }
}
