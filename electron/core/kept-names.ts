import fs from 'node:fs'
import path from 'node:path'

/**
 * Names of the copies the app keeps (a damaged data file set aside, the copy before a migration, the documents
 * before a hand-over): stamped to the millisecond and never the name of something already there, so one kept
 * copy can never overwrite another — not even two in the same second from two processes.
 */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 23)
}

/** `folder/base+ext`, or `folder/base-2+ext`, `-3`, … — the first that does not exist. */
export function freePath(folder: string, base: string, ext = ''): string {
  let candidate = path.join(folder, base + ext)
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(folder, `${base}-${n}${ext}`)
  return candidate
}
