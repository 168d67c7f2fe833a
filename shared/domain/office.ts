/** The office profile (domain.md §1.1, §3.6). */
export const OFFICE_LEVELS = ['DOI_XDPT_HUYEN', 'CONG_AN_XA', 'PV05_TINH'] as const
export type OfficeLevel = (typeof OFFICE_LEVELS)[number]
export const OFFICE_LEVEL_LABELS: Record<OfficeLevel, string> = {
  DOI_XDPT_HUYEN: 'Đội Xây dựng phong trào — Công an cấp huyện (đến năm 2024)',
  CONG_AN_XA: 'Công an xã, phường, đặc khu',
  PV05_TINH: 'Phòng Xây dựng phong trào bảo vệ ANTQ (PV05) — Công an tỉnh'
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
