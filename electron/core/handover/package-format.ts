import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { ApiError } from '../../../shared/api/errors'
import type { BackupCounts } from '../../../shared/api/calls/backup'

/**
 * The hand-over file: a small, dependency-free container.
 *   "ANTTHOV1" | manifest length (uint32 BE) | manifest JSON | entry bytes in manifest order | SHA-256 of all before
 * The declared sizes and the final hash make a truncated or altered file detectable before anything is written.
 */
export const HANDOVER_MAGIC = Buffer.from('ANTTHOV1', 'latin1')
export const HANDOVER_FORMAT_VERSION = 1
export const HANDOVER_EXTENSION = '.anttdesk'

export interface HandoverEntry {
  /** Relative path with “/” separators: “antt-desk.sqlite” or “documents/2021/qd.docx”. */
  name: string
  size: number
  sha256: string
}

export interface HandoverManifest {
  app: 'antt-desk'
  formatVersion: number
  appVersion: string
  schemaVersion: number
  createdAt: string
  machine: string
  counts: BackupCounts
  entries: HandoverEntry[]
}

function refuse(message: string): ApiError {
  return new ApiError({ code: 'VALIDATION', message, fields: { file: message } })
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

/** Writes the package from files on disk (`sources` maps entry names to paths), via a temp name renamed at the end. */
export function writePackage(target: string, manifest: Omit<HandoverManifest, 'entries'>, sources: Array<{ name: string; path: string }>): number {
  const entries = sources.map((source) => ({ name: source.name, size: fs.statSync(source.path).size, sha256: sha256(source.path) }))
  const json = Buffer.from(JSON.stringify({ ...manifest, entries }), 'utf8')
  const length = Buffer.alloc(4)
  length.writeUInt32BE(json.length)
  const partial = target + '.partial'
  const fd = fs.openSync(partial, 'w')
  const hash = createHash('sha256')
  const write = (chunk: Buffer) => {
    fs.writeSync(fd, chunk)
    hash.update(chunk)
  }
  try {
    write(HANDOVER_MAGIC)
    write(length)
    write(json)
    for (const source of sources) write(fs.readFileSync(source.path))
    fs.writeSync(fd, hash.digest())
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  fs.renameSync(partial, target)
  return fs.statSync(target).size
}

export interface ReadPackage {
  manifest: HandoverManifest
  /** Extracts every entry under `folder`, checking each entry's hash. */
  extract(folder: string): void
}

/** Reads and checks a package completely before anyone acts on it. */
export function readPackage(file: string): ReadPackage {
  const stat = fs.statSync(file, { throwIfNoEntry: false })
  if (!stat?.isFile()) throw refuse(`Không tìm thấy tệp bàn giao “${file}”.`)
  const content = fs.readFileSync(file)
  if (content.length < 12 || !content.subarray(0, 8).equals(HANDOVER_MAGIC)) {
    throw refuse(`Tệp “${path.basename(file)}” không phải là gói bàn giao của ANTT Desk.`)
  }
  const length = content.readUInt32BE(8)
  let manifest: HandoverManifest
  try {
    manifest = JSON.parse(content.subarray(12, 12 + length).toString('utf8')) as HandoverManifest
    if (manifest.app !== 'antt-desk' || !Array.isArray(manifest.entries)) throw new Error('manifest')
  } catch {
    throw refuse(`Tệp bàn giao “${path.basename(file)}” bị thiếu hoặc hỏng (có thể bị cắt ngang khi sao chép). Vui lòng sao chép lại tệp.`)
  }
  const expected = 12 + length + manifest.entries.reduce((sum, entry) => sum + entry.size, 0) + 32
  if (content.length !== expected) {
    throw refuse(`Tệp bàn giao “${path.basename(file)}” bị thiếu dữ liệu (có thể bị cắt ngang khi sao chép): ${content.length} byte thay vì ${expected}. Vui lòng sao chép lại tệp.`)
  }
  const digest = createHash('sha256').update(content.subarray(0, content.length - 32)).digest()
  if (!digest.equals(content.subarray(content.length - 32))) {
    throw refuse(`Tệp bàn giao “${path.basename(file)}” đã bị thay đổi hoặc hỏng (mã kiểm tra không khớp). Vui lòng sao chép lại tệp.`)
  }
  if (manifest.formatVersion > HANDOVER_FORMAT_VERSION) {
    throw refuse('Gói bàn giao được tạo bởi phiên bản ANTT Desk mới hơn. Vui lòng cập nhật ứng dụng trước khi nhận.')
  }
  return {
    manifest,
    extract(folder) {
      let offset = 12 + length
      for (const entry of manifest.entries) {
        const parts = entry.name.split('/')
        if (parts.some((part) => part === '' || part === '.' || part === '..') || path.isAbsolute(entry.name)) {
          throw refuse('Gói bàn giao chứa đường dẫn không hợp lệ; không nhận.')
        }
        const bytes = content.subarray(offset, offset + entry.size)
        offset += entry.size
        if (createHash('sha256').update(bytes).digest('hex') !== entry.sha256) throw refuse('Gói bàn giao bị hỏng (một tệp bên trong không khớp mã kiểm tra).')
        const target = path.join(folder, ...parts)
        fs.mkdirSync(path.dirname(target), { recursive: true })
        fs.writeFileSync(target, bytes)
      }
    }
  }
}
