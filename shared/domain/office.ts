/**
 * The office profile (domain.md §1.1, §3.6). Its level, one per profile period (law-2026.md §3): 'XA' Công an xã,
 * phường, đặc khu (the common case since 07/2025); 'HUYEN' the former district team (district police ended 01/3/2025);
 * 'TINH' Phòng PV05 of a provincial police.
 */
export const OFFICE_LEVELS = ['XA', 'HUYEN', 'TINH'] as const
export type OfficeLevel = (typeof OFFICE_LEVELS)[number]
export const OFFICE_LEVEL_LABELS: Record<OfficeLevel, string> = {
  XA: 'Công an xã, phường, đặc khu',
  HUYEN: 'Đội Xây dựng phong trào — Công an cấp huyện (đến 28/02/2025)',
  TINH: 'Phòng Xây dựng phong trào bảo vệ ANTQ (PV05) — Công an tỉnh'
}

/** District police ended on 01/3/2025 (law-2026.md §3, HHT, BRVTCAH): a district team has no period after it. */
export const DISTRICT_POLICE_ENDED_ON = '2025-03-01'
/** Commune units are xã, phường, đặc khu from 01/7/2025; "thị trấn" no longer exists (law-2026.md §3, ZNEWS) [INF]. */
export const COMMUNE_REORGANISED_ON = '2025-07-01'

/** "Xã, phường, thị trấn" before 07/2025, "Xã, phường, đặc khu" from then on (law-2026.md §3, §5.2 Labels). */
export function communeLabelOn(date: string): string {
  return date >= COMMUNE_REORGANISED_ON ? 'Xã, phường, đặc khu' : 'Xã, phường, thị trấn'
}

/** The actor name the history records for the office's own steps: the team of a district, the ward police, PV05. */
export const OFFICE_ACTOR_NAMES: Record<OfficeLevel, string> = {
  XA: 'Cán bộ Công an xã, phường',
  HUYEN: 'Cán bộ Đội',
  TINH: 'Cán bộ Phòng PV05'
}

export const SIGNER_BODIES = ['UBND', 'CONG_AN', 'BCD'] as const
export type SignerBody = (typeof SIGNER_BODIES)[number]
export const SIGNER_BODY_LABELS: Record<SignerBody, string> = {
  UBND: 'Ủy ban nhân dân',
  CONG_AN: 'Cơ quan Công an',
  BCD: 'Ban Chỉ đạo'
}

/** Authority prefixes of the signature block (NĐ 30/2020): none means the head signs in their own name. */
export const AUTHORITY_PREFIXES = ['', 'TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const
export type AuthorityPrefix = (typeof AUTHORITY_PREFIXES)[number]
export const AUTHORITY_PREFIX_LABELS: Record<AuthorityPrefix, string> = {
  '': 'Ký trực tiếp (không ghi thẩm quyền)',
  'TM.': 'TM. — thay mặt tập thể',
  'KT.': 'KT. — ký thay người đứng đầu',
  'Q.': 'Q. — quyền',
  'TL.': 'TL. — thừa lệnh',
  'TUQ.': 'TUQ. — thừa ủy quyền'
}
