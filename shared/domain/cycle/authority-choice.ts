/**
 * Who recognises a commune from 2025 on, as the office chose: with no district government left (law-2026.md §3) the
 * body is at the province, but which one TT 48/2025 names is unverified (law-2026.md §2), so it prints “chưa xác minh”.
 */
export const COMMUNE_AUTHORITY_CHOICES = ['UBND_TINH', 'CHU_TICH_UBND_TINH'] as const
export type CommuneAuthorityChoice = (typeof COMMUNE_AUTHORITY_CHOICES)[number]
export const COMMUNE_AUTHORITY_LABELS: Record<CommuneAuthorityChoice, string> = {
  UBND_TINH: 'UBND cấp tỉnh',
  CHU_TICH_UBND_TINH: 'Chủ tịch UBND cấp tỉnh'
}
