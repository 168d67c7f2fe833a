import { z } from 'zod'
import { call } from '../call'
import { userPath } from '../fields'
import type { BackupCounts } from './backup'

/** Hand-over: everything (a consistent database snapshot and the generated documents) in one file for another machine. */
export interface HandoverInfo {
  file: string
  createdAt: string
  appVersion: string
  schemaVersion: number
  machine: string
  counts: BackupCounts
  documents: number
  sizeBytes: number
}

export const handoverExport = z.object({ folder: userPath('Thư mục lưu gói bàn giao') }).strict()
export const handoverFile = z.object({ file: userPath('Tệp bàn giao') }).strict()
export const handoverImport = z
  .object({
    file: userPath('Tệp bàn giao'),
    confirmed: z.literal(true, { error: 'Vui lòng xác nhận trước khi nhận gói bàn giao.' })
  })
  .strict()

export const handoverCalls = {
  'handover.export': call<HandoverInfo>()(handoverExport),
  'handover.preview': call<HandoverInfo>({ reads: true })(handoverFile),
  'handover.import': call<HandoverInfo & { undoFile: string }>()(handoverImport)
}
