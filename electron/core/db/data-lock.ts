import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ApiError } from '../../../shared/api/errors'

/**
 * One writer per data folder: a lock file holding the pid and computer name of the process that has the data open.
 * The desktop app and the browser mode both take it, so a second start refuses instead of writing beside the first.
 * A lock left by a process that no longer runs (a crash, a killed process) is stale and taken over.
 */
export const LOCK_FILE_NAME = 'antt-desk.lock'

interface LockHolder {
  pid: number
  machine: string
  startedAt: string
}

export interface DataLock {
  file: string
  release(): void
}

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

/** A holder on another computer (a shared folder) cannot be checked: it is taken as alive. */
function isStale(holder: LockHolder | null): boolean {
  if (!holder) return true
  if (holder.machine !== os.hostname()) return false
  return !isRunning(holder.pid)
}

function inUse(holder: LockHolder): ApiError {
  const where = holder.machine === os.hostname() ? `trên máy này (tiến trình ${holder.pid})` : `trên máy “${holder.machine}”`
  return new ApiError({
    code: 'DB_IN_USE',
    message: `Dữ liệu đang được mở bởi một cửa sổ ANTT Desk khác ${where}. Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại. Dữ liệu không bị thay đổi.`
  })
}

export function acquireDataLock(dataDir: string): DataLock {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, LOCK_FILE_NAME)
  const me: LockHolder = { pid: process.pid, machine: os.hostname(), startedAt: new Date().toISOString() }
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
          if (readHolder(file)?.pid === me.pid) fs.rmSync(file, { force: true })
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = readHolder(file)
      if (holder && !isStale(holder)) throw inUse(holder)
      fs.rmSync(file, { force: true })
    }
  }
  throw inUse(readHolder(file) ?? me)
}
