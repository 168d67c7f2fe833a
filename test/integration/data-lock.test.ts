import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../shared/api/errors'
import { createCore } from '../../electron/core'
import { LOCK_FILE_NAME } from '../../electron/core/db/data-lock'
import { makeTempDir } from '../helpers/temp-core'

function openError(dataDir: string): ApiError {
  try {
    createCore({ dataDir })
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected the second open to be refused')
}

describe('one writer per data folder', () => {
  it('a second start on the same data says the data is in use and writes nothing', async () => {
    const dataDir = makeTempDir()
    const first = createCore({ dataDir })
    const error = openError(dataDir)
    expect(error.code).toBe('DB_IN_USE')
    expect(error.message).toMatch(/Dữ liệu đang được mở bởi một cửa sổ ANTT Desk khác trên máy này \(tiến trình \d+\)/)
    await first.close()
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false)
    const again = createCore({ dataDir })
    await again.close()
  })

  it('takes over a lock left by a process that no longer runs, or an unreadable one', async () => {
    const dataDir = makeTempDir()
    fs.writeFileSync(path.join(dataDir, LOCK_FILE_NAME), JSON.stringify({ pid: 2 ** 22 + 12345, machine: os.hostname(), startedAt: '2025-01-01' }))
    const core = createCore({ dataDir })
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid)
    await core.close()
    fs.writeFileSync(path.join(dataDir, LOCK_FILE_NAME), '')
    await createCore({ dataDir }).close()
  })

  it('respects a lock held from another computer (shared folder)', () => {
    const dataDir = makeTempDir()
    fs.writeFileSync(path.join(dataDir, LOCK_FILE_NAME), JSON.stringify({ pid: 1, machine: 'MAY-KHAC', startedAt: '2025-01-01' }))
    expect(openError(dataDir).message).toMatch(/trên máy “MAY-KHAC”/)
  })

  it('releases the lock when the database cannot be opened', () => {
    const dataDir = makeTempDir()
    fs.writeFileSync(path.join(dataDir, 'antt-desk.sqlite'), 'not a database at all, just some text')
    expect(openError(dataDir).code).toBe('DB_NOT_SQLITE')
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false)
  })
})
