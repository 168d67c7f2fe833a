/**
 * SEAM to `regulation_version` (cycle branch): the citation of the circular in force for an evaluation year, as
 * domain.md §2.1 gives it (C). The office edits the căn cứ lines on the Văn bản page before generating.
 */
export interface LegalBasis {
  shortName: string
  citation: string
}

export function legalBasisFor(year: number): LegalBasis {
  if (year <= 2021) {
    return {
      shortName: 'Thông tư số 23/2012/TT-BCA',
      citation: 'Thông tư số 23/2012/TT-BCA ngày 27/4/2012 của Bộ Công an quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn “An toàn về an ninh, trật tự”'
    }
  }
  return {
    shortName: 'Thông tư số 124/2021/TT-BCA',
    citation: 'Thông tư số 124/2021/TT-BCA ngày 28/12/2021 quy định khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn “An toàn về an ninh, trật tự”'
  }
}

/** Assessment period (TT 124): khu dân cư 01/11 of N−1 to 31/10 of N; other types 16/11 of N−1 to 15/11 of N. */
export function assessmentPeriod(type: string, year: number): { start: string; end: string } {
  if (year <= 2021) return type === 'KDC' ? { start: `${year - 1}-11-01`, end: `${year}-10-31` } : { start: `${year - 1}-12-01`, end: `${year}-11-30` }
  return type === 'KDC' ? { start: `${year - 1}-11-01`, end: `${year}-10-31` } : { start: `${year - 1}-11-16`, end: `${year}-11-15` }
}
