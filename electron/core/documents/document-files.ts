import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Where generated files go and how they are written without losing anything. */
export function documentsDir(dataFile: string, year: number): string {
  return path.join(path.dirname(dataFile), 'documents', String(year))
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** "Dự thảo quyết định công nhận năm 2020" → a safe Windows file name (no < > : " / \ | ? *, no trailing dot). */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = name.normalize('NFC').replace(/[<>:"/\\|?*\u0000-\u001f]/gu, '-').replace(/\s+/gu, ' ').trim().replace(/[. ]+$/u, '')
  return cleaned === '' ? 'van-ban' : cleaned.slice(0, 150)
}

/** "x.docx", or "x (2).docx" … when the name is taken. */
export function freeName(folder: string, base: string): string {
  let candidate = path.join(folder, `${base}.docx`)
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(folder, `${base} (${n}).docx`)
  return candidate
}

export interface WriteOutcome {
  file: string
  /** Set when the chosen place failed and the file went to the fallback folder. */
  warning: string | null
}

export function reason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EBUSY':
    case 'EPERM':
      return 'tệp đang được mở bằng chương trình khác (Word?) hoặc bị khóa'
    case 'EACCES':
    case 'EROFS':
      return 'không có quyền ghi vào thư mục này'
    case 'ENOENT':
      return 'thư mục không tồn tại'
    case 'ENOTDIR':
    case 'EEXIST':
      return 'đường dẫn không phải là thư mục'
    case 'ENOSPC':
      return 'ổ đĩa đã đầy'
    default:
      return error.message
  }
}

/**
 * Writes `bytes` to `target` through a temp file and a rename (never a half-written file). When that fails — the
 * file is open in Word, the folder is read-only or gone — the bytes go to `fallbackDir` instead and the warning says
 * where: nothing is lost.
 */
export function writeSafely(target: string, bytes: Uint8Array, fallbackDir: string): WriteOutcome {
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true })
    const temp = `${target}.${process.pid}.tmp`
    fs.writeFileSync(temp, bytes)
    try {
      fs.renameSync(temp, target)
    } catch (error) {
      fs.rmSync(temp, { force: true })
      throw error
    }
    return { file: target, warning: null }
  } catch (error) {
    fs.mkdirSync(fallbackDir, { recursive: true })
    const fallback = freeName(fallbackDir, path.basename(target, '.docx'))
    fs.writeFileSync(fallback, bytes)
    return {
      file: fallback,
      warning: `Không ghi được vào “${target}” (${reason(error as NodeJS.ErrnoException)}). Văn bản đã được lưu tại “${fallback}”.`
    }
  }
}
