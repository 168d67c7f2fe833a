import { JobCancelled, nextTurn, type JobSteps } from '../jobs/long-job'

/**
 * How an import tells its job how far it is. Every CHUNK_ROWS rows it gives other calls a turn and stops if the
 * user cancelled (the throw rolls the one transaction back). A preview, or the commit called directly, has none.
 */
export interface RowProgress {
  /** The rows to write, once the file is read. */
  start(total: number): void
  /** `rows` more written; at a chunk's end, a turn for other calls. */
  advance(rows?: number): Promise<void> | void
}

export const NO_PROGRESS: RowProgress = { start() {}, advance() {} }

/** About 25 ms of writing at the import's pace: short enough that a call made meanwhile is answered without a wait one notices. */
export const CHUNK_ROWS = 250

export const CANCELLED_MESSAGE = 'Đã hủy nhập; dữ liệu không thay đổi.'
export const WRITING_LABEL = 'Đang ghi'
export const READING_LABEL = 'Đang đọc tệp Excel'

export function jobProgress(steps: JobSteps): RowProgress {
  let total = 0
  let done = 0
  let sinceTurn = 0
  return {
    start(rows) {
      total = rows
      steps.count(0, total, WRITING_LABEL)
    },
    advance(rows = 1) {
      done = Math.min(done + rows, total)
      sinceTurn += rows
      if (sinceTurn < CHUNK_ROWS) return
      sinceTurn = 0
      steps.count(done, total, WRITING_LABEL)
      return nextTurn().then(() => {
        if (steps.cancelled) throw new JobCancelled(CANCELLED_MESSAGE)
      })
    }
  }
}
