import zlib from 'node:zlib'
import { formatInteger } from '../../../shared/text/numbers'
import { BROKEN_FILE, refuseFile } from './xlsx-read'

/**
 * An .xlsx is a zip. Before any Excel parser sees one, its central directory is read and the file is refused when an
 * entry (or all of them) would inflate beyond a limit or at a ratio no spreadsheet has — a zip bomb of a few MB
 * would otherwise take gigabytes and minutes. `checkInflation` then inflates every entry with its declared size as a
 * hard cap, so a directory that lies about the sizes is caught too, with memory bounded by the limits below.
 */
export const ZIP_LIMITS = {
  entries: 2_000,
  /** One part (a sheet's XML): a 50,000-unit registry is about 25 MB. */
  entryBytes: 80 * 1024 * 1024,
  totalBytes: 160 * 1024 * 1024,
  /** Inflated / deflated, for parts over 1 MB: sheets compress 5–30×, bombs 1,000× and more. */
  ratio: 200
} as const

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  size: number
  localOffset: number
}

const tooLarge = (detail: string) =>
  refuseFile(`Tệp Excel có cấu trúc bất thường (${detail}), quá lớn để nhập an toàn; tệp không được đọc. Vui lòng mở tệp bằng Excel, lưu lại hoặc chia nhỏ rồi chọn lại.`)

/** The entries listed in the central directory (the end record is searched in the last 64 KB + 22 bytes). */
export function readCentralDirectory(zip: Buffer): ZipEntry[] {
  const floor = Math.max(0, zip.length - 65_557)
  let end = -1
  for (let i = zip.length - 22; i >= floor; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) throw refuseFile(BROKEN_FILE)
  const count = zip.readUInt16LE(end + 10)
  const directorySize = zip.readUInt32LE(end + 12)
  let offset = zip.readUInt32LE(end + 16)
  // ZIP64 markers: no spreadsheet the office makes needs them.
  if (count === 0xffff || directorySize === 0xffffffff || offset === 0xffffffff) throw tooLarge('định dạng ZIP64')
  if (count > ZIP_LIMITS.entries) throw tooLarge(`${formatInteger(count)} phần`)
  if (offset + directorySize > end) throw refuseFile(BROKEN_FILE)
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (offset + 46 > end || zip.readUInt32LE(offset) !== 0x02014b50) throw refuseFile(BROKEN_FILE)
    const nameLength = zip.readUInt16LE(offset + 28)
    const extraLength = zip.readUInt16LE(offset + 30)
    const commentLength = zip.readUInt16LE(offset + 32)
    entries.push({
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      localOffset: zip.readUInt32LE(offset + 42),
      name: zip.toString('utf8', offset + 46, Math.min(offset + 46 + nameLength, end))
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** Refuses from the directory alone: counts, sizes and ratios over the limits. */
export function checkCentralDirectory(zip: Buffer): ZipEntry[] {
  const entries = readCentralDirectory(zip)
  let total = 0
  for (const entry of entries) {
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw tooLarge('định dạng ZIP64')
    if (entry.size > ZIP_LIMITS.entryBytes) throw tooLarge(`một phần giải nén ra ${formatInteger(Math.round(entry.size / 1_048_576))} MB`)
    if (entry.size > 1_048_576 && entry.size > ZIP_LIMITS.ratio * Math.max(entry.compressedSize, 1)) {
      throw tooLarge(`tỷ lệ nén ${formatInteger(Math.round(entry.size / Math.max(entry.compressedSize, 1)))} lần`)
    }
    total += entry.size
  }
  if (total > ZIP_LIMITS.totalBytes) throw tooLarge(`giải nén ra ${formatInteger(Math.round(total / 1_048_576))} MB`)
  return entries
}

/**
 * Inflates every entry with its declared size as the cap: an entry that inflates further is a lie, refused.
 * `inspect` sees each inflated part once, so a caller needing facts from the XML does not inflate it a second time.
 */
export function checkInflation(zip: Buffer, entries: ZipEntry[], inspect?: (entry: ZipEntry, data: Buffer) => void): void {
  for (const entry of entries) {
    if (entry.localOffset + 30 > zip.length || zip.readUInt32LE(entry.localOffset) !== 0x04034b50) throw refuseFile(BROKEN_FILE)
    const start = entry.localOffset + 30 + zip.readUInt16LE(entry.localOffset + 26) + zip.readUInt16LE(entry.localOffset + 28)
    const data = zip.subarray(start, start + entry.compressedSize)
    if (entry.method === 0) {
      if (data.length !== entry.size) throw refuseFile(BROKEN_FILE)
      inspect?.(entry, data)
      continue
    }
    if (entry.method !== 8) throw refuseFile(BROKEN_FILE)
    let inflated: Buffer
    try {
      inflated = zlib.inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) })
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw tooLarge('kích thước khai báo sai')
      }
      throw refuseFile(BROKEN_FILE)
    }
    if (inflated.length !== entry.size) throw tooLarge('kích thước khai báo sai')
    inspect?.(entry, inflated)
  }
}
