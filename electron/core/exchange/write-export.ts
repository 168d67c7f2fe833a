import fs from 'node:fs'
import path from 'node:path'
import type { ExportedFile } from '../../../shared/api/calls/exchange'
import { ApiError } from '../../../shared/api/errors'

/** Writes an export where the user chose (desktop) or hands its content back for the browser to download. */
export function deliverExport(buffer: Buffer, rows: number, fileName: string, file?: string): ExportedFile {
  if (file === undefined) return { fileName, rows, file: null, contentBase64: buffer.toString('base64') }
  try {
    fs.writeFileSync(file, buffer)
  } catch (error) {
    throw new ApiError({ code: 'VALIDATION', message: `Không ghi được tệp “${file}” (${(error as NodeJS.ErrnoException).code ?? 'lỗi'}). Hãy chọn thư mục khác.` })
  }
  return { fileName: path.basename(file), rows, file, contentBase64: null }
}
