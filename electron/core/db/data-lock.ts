import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ApiError } from '../../../shared/api/errors'

/**
 * One writer per data folder: a lock file naming the process that has the data open — its pid, when that process
 * started (as the system records it) and the computer. The desktop app and the browser mode both take it, in every
 * mode that can write (recovery included), so a second start refuses instead of writing beside the first.
 *
 * A lock is taken over only when its holder is provably gone: no process with that pid, or a process with that pid
 * that started at another time (the pid was reused after a crash). When that cannot be told (another computer, an
 * old lock without a start time, a system that does not say), the start screen offers “Mở khóa” with a warning.
 */
export const LOCK_FILE_NAME = 'antt-desk.lock'

interface LockHolder {
  pid: number
  machine: string
  startedAt: string
  /** The system's record of when the holding process started; null when the system does not say. */
  processStart?: string | null
}

export interface DataLock {
  file: string
  release(): void
}

export type HolderVerdict = 'alive' | 'gone' | 'unsure'

function readHolder(file: string): LockHolder | null {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder
    return Number.isInteger(value.pid) && typeof value.machine === 'string' ? value : null
  } catch {
    return null
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** When process `pid` started, in the system's own terms (exact, comparable); null when it cannot be read. */
export function processStartTime(pid: number): string | null {
  try {
    if (process.platform === 'linux') {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
      const boot = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
      return ticks ? `linux:${boot}:${ticks}` : null
    }
    if (process.platform === 'win32') {
      const answer = spawnSync(
        'powershell.exe',
        ['-NoProfile', '-NonInteractive', '-Command', `(Get-Process -Id ${Math.trunc(pid)}).StartTime.ToFileTimeUtc()`],
        { encoding: 'utf8', timeout: 5_000, windowsHide: true }
      )
      const value = answer.status === 0 ? answer.stdout.trim() : ''
      return /^\d+$/.test(value) ? `win:${value}` : null
    }
  } catch {
    return null
  }
  return null
}

/** Whether the holder still has the data open, as far as this computer can tell. */
export function judgeHolder(holder: LockHolder | null): HolderVerdict {
  if (!holder) return 'gone'
  if (holder.machine !== os.hostname()) return 'unsure'
  if (!isRunning(holder.pid)) return 'gone'
  const now = processStartTime(holder.pid)
  if (!holder.processStart || !now) return 'unsure'
  return holder.processStart === now ? 'alive' : 'gone'
}

/** The verdict on the lock of `dataDir` right now ('gone' when there is none). */
export function judgeDataLock(dataDir: string): HolderVerdict {
  const file = path.join(dataDir, LOCK_FILE_NAME)
  return fs.existsSync(file) ? judgeHolder(readHolder(file)) : 'gone'
}

function inUse(holder: LockHolder, verdict: HolderVerdict): ApiError {
  const where = holder.machine === os.hostname() ? `trên máy này (tiến trình ${holder.pid})` : `trên máy “${holder.machine}”`
  const unsure =
    verdict === 'unsure'
      ? ' Nếu chắc chắn không còn cửa sổ ANTT Desk nào đang mở dữ liệu này, có thể bấm “Mở khóa”.'
      : ''
  return new ApiError({
    code: 'DB_IN_USE',
    message: `Dữ liệu đang được mở bởi một cửa sổ ANTT Desk khác ${where}. Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.${unsure} Dữ liệu không bị thay đổi.`
  })
}

/**
 * Takes the lock of `dataDir`. `unlock` (the user pressed “Mở khóa” and confirmed) also takes over a lock whose
 * holder cannot be judged; a holder known to be alive is never pushed aside.
 */
export function acquireDataLock(dataDir: string, options: { unlock?: boolean } = {}): DataLock {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, LOCK_FILE_NAME)
  const me: LockHolder = { pid: process.pid, machine: os.hostname(), startedAt: new Date().toISOString(), processStart: processStartTime(process.pid) }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx')
      try {
        fs.writeSync(fd, JSON.stringify(me))
      } finally {
        fs.closeSync(fd)
      }
      return {
        file,
        release() {
          const holder = readHolder(file)
          if (holder?.pid === me.pid && holder.startedAt === me.startedAt) fs.rmSync(file, { force: true })
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = readHolder(file)
      const verdict = judgeHolder(holder)
      if (holder && (verdict === 'alive' || (verdict === 'unsure' && !options.unlock))) throw inUse(holder, verdict)
      fs.rmSync(file, { force: true })
    }
  }
  throw inUse(readHolder(file) ?? me, 'alive')
}
