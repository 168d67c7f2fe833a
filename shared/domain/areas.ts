/** Administrative areas (domain.md §3.1). */
export const AREA_KINDS = ['TINH', 'HUYEN', 'XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU'] as const
export type AreaKind = (typeof AREA_KINDS)[number]

export const AREA_KIND_LABELS: Record<AreaKind, string> = {
  TINH: 'Tỉnh, thành phố trực thuộc Trung ương',
  HUYEN: 'Huyện, quận, thị xã, thành phố thuộc tỉnh',
  XA: 'Xã',
  PHUONG: 'Phường',
  THI_TRAN: 'Thị trấn',
  DAC_KHU: 'Đặc khu'
}

/** The kinds that are a commune-level area: each has exactly one XA unit (the commune itself as a unit). */
export const COMMUNE_KINDS: readonly AreaKind[] = ['XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU']

export function isCommuneKind(kind: AreaKind): boolean {
  return COMMUNE_KINDS.includes(kind)
}
