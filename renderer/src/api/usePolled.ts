import { useEffect, useState } from 'react'

const POLL_MS = 300

interface Polled {
  jobId: number
  state: string
}

/**
 * Polls a long job's status call (pack.status, app.sampleStatus) while it runs; stops once it has stopped. Returns the
 * latest status of the job that was started, or the start's own answer until the first poll.
 */
export function usePolled<S extends Polled>(started: S | null, poll: (jobId: number) => Promise<S>): S | null {
  const [polled, setPolled] = useState<S | null>(null)
  useEffect(() => {
    if (!started) return
    let stopped = false
    const run = async () => {
      while (!stopped) {
        const next = await poll(started.jobId).catch(() => null)
        if (stopped || !next) return
        setPolled(next)
        if (next.state !== 'RUNNING') return
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
    }
    void run()
    return () => {
      stopped = true
    }
    // The poll function is the same call each render; only a new start restarts polling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [started])
  return started && polled?.jobId === started.jobId ? polled : started
}
