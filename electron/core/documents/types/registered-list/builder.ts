import { ATANTT, shortDate } from '../../format/official-text'
import type { Block, DocSpec } from '../../../../../shared/documents/spec'
import type { YearFacts } from '../../year/year-facts'
import { headerBlock, listHeaderBlock, signatureBlock, type CommonInput } from '../shared/common'
import { closingLine, typeLabelIn, unitTable } from '../shared/unit-list'

/** DOC-DS-DANGKY: units registered for year N (documents.md §4(b)); alone it is signed, attached it carries "(Kèm theo …)". */
export interface RegisteredListData {
  common: CommonInput
  facts: YearFacts
  /** "(Kèm theo Công văn số …)": attached to a dispatch or report; null prints the list alone with a signature. */
  attachedTo: string | null
}

export function registeredUnits(data: RegisteredListData) {
  return data.facts.units.filter((u) => u.registeredOn !== null)
}

export function buildRegisteredList(data: RegisteredListData): DocSpec {
  const units = registeredUnits(data)
  const year = data.facts.year
  const table = unitTable(
    units,
    data.facts,
    [
      { title: 'Tên đơn vị', width: 2800, align: 'left', value: (u) => u.name },
      { title: 'Loại', width: 1300, value: typeLabelIn(data.facts) },
      { title: 'Địa chỉ', width: 2300, align: 'left', value: (u) => u.address ?? '' },
      { title: 'Ngày đăng ký', width: 1200, value: (u) => shortDate(u.registeredOn) },
      { title: 'Ghi chú', width: 955, value: () => '' }
    ],
    'area'
  )
  const subject = `Các đơn vị đăng ký xây dựng đạt tiêu chuẩn ${ATANTT} năm ${year}`
  // NĐ 30 Điều 8.2: a list issued on its own has every part of a document (Số, ký hiệu, địa danh, ngày tháng, the
  // signature); a list attached to a document carries "(Kèm theo …)" under the parent's number and is not signed again.
  const blocks: Block[] = data.attachedTo
    ? [listHeaderBlock(data.common), { kind: 'appendixHeading', label: 'DANH SÁCH', titleLines: [subject], attachLine: `(Kèm theo ${data.attachedTo})` }, table, closingLine(units.length)]
    : [headerBlock(data.common), { kind: 'title', typeName: 'DANH SÁCH', subjectLines: [subject] }, table, closingLine(units.length), signatureBlock(data.common)]
  return { kind: 'DOC-DS-DANGKY', title: `Danh sách đơn vị đăng ký năm ${year}`, sections: [{ pageNumbers: true, blocks }] }
}
