/** Movement models (mô hình phong trào, domain.md §3.3). */
export const MODEL_KINDS = ['TU_PHONG', 'TU_QUAN', 'TU_BAO_VE', 'TU_HOA_GIAI', 'KHAC'] as const
export type ModelKind = (typeof MODEL_KINDS)[number]

export const MODEL_KIND_LABELS: Record<ModelKind, string> = {
  TU_PHONG: 'Tự phòng',
  TU_QUAN: 'Tự quản',
  TU_BAO_VE: 'Tự bảo vệ',
  TU_HOA_GIAI: 'Tự hòa giải',
  KHAC: 'Khác'
}
