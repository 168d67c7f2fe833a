import { validationError } from '../../../../../shared/api/errors'
import { ATANTT, countText, reference, rateText, shortDate } from '../../format/official-text'
import type { Block, DocSpec } from '../../../../../shared/documents/spec'
import { countsByType, isProposalCandidate, TYPE_ORDER, typeNoun, type UnitFact, type YearFacts } from '../../year/year-facts'
import { bodyParagraphs, canCuLines, headerBlock, listHeaderBlock, signatureBlock, textOf, typesPhrase, type CommonInput, type EditableParagraph, type Texts } from '../shared/common'
import { closingLine, listSubject, typeLabelIn, unitTable } from '../shared/unit-list'

/** DOC-TTR-CONGNHAN: the police's tờ trình proposing recognition, with its list (documents.md §4(d)). */
export interface ProposalData {
  common: CommonInput
  facts: YearFacts
  /** "Ủy ban nhân dân thành phố Vũng Tàu" */
  committeeInText: string
  /** "Công an thành phố Vũng Tàu" */
  policeInText: string
  /** Upright basis lines (office text). */
  bases: string[]
  /** The units this tờ trình lists (a rebuild keeps its own list); defaults to those that passed appraisal. */
  units?: UnitFact[]
}

export function proposedUnits(data: Pick<ProposalData, 'facts' | 'units'>): UnitFact[] {
  return data.units ?? data.facts.units.filter((u) => isProposalCandidate(u) && data.facts.processedTypes.includes(u.type))
}

const NOT_ELIGIBLE = new Set(['THAM_DINH_KHONG_DAT', 'TRA_LAI', 'KHONG_CONG_NHAN'])

/** Units of the office's own types found not eligible (appraisal failed, dossier returned, closed without it). */
function notProposedUnits(data: ProposalData, proposed: UnitFact[]): UnitFact[] {
  const listed = new Set(proposed.map((u) => u.id))
  const { facts } = data
  return facts.units.filter((u) => facts.processedTypes.includes(u.type) && u.trackingMode === 'FULL' && !listed.has(u.id) && NOT_ELIGIBLE.has(u.status))
}

export function proposalParagraphs(data: ProposalData): EditableParagraph[] {
  const { facts } = data
  const counts = countsByType(facts)
  const types = TYPE_ORDER.filter((t) => facts.processedTypes.includes(t) && counts[t].total > 0)
  const total = types.reduce((n, t) => n + counts[t].total, 0)
  const registered = types.reduce((n, t) => n + counts[t].registered, 0)
  const proposed = proposedUnits(data)
  const notProposed = notProposedUnits(data, proposed)
  const inScope = types.map((t) => `${countText(counts[t].total)} ${typeNoun(t, facts)}`).join(', ')
  return [
    { key: 'bases', label: 'Căn cứ', text: data.bases.join('\n'), multiline: true },
    {
      key: 'summary',
      label: 'Tóm tắt kết quả (tự động)',
      multiline: true,
      text: `Năm ${facts.year}, trên địa bàn ${facts.territory} ${total === 0 ? 'chưa có đơn vị nào thuộc diện xét công nhận' : `có ${inScope} thuộc diện xét công nhận; ${countText(registered)}/${countText(total)} đơn vị đăng ký (đạt ${rateText(registered, total)}%)`}. Qua họp đánh giá tại đơn vị và thẩm định hồ sơ, có ${countText(proposed.length)} đơn vị đạt đủ các tiêu chí.`
    },
    {
      key: 'failures',
      label: 'Đơn vị chưa đủ điều kiện',
      multiline: true,
      text: notProposed.length > 0 ? `Có ${countText(notProposed.length)} đơn vị chưa đủ điều kiện: ${notProposed.map((u) => `${u.name} — ${u.failedReason ?? 'chưa đạt'}`).join('; ')}.` : ''
    },
    {
      key: 'request',
      label: 'Đề nghị',
      multiline: true,
      text: `${data.policeInText} kính đề nghị ${data.committeeInText} xem xét, công nhận ${countText(proposed.length)} đơn vị đạt tiêu chuẩn ${ATANTT} năm ${facts.year} (có danh sách kèm theo).`
    },
    { key: 'closing', label: 'Kết thúc', text: `Kính trình ${data.committeeInText} xem xét, quyết định.` }
  ]
}

export function buildProposal(data: ProposalData, texts: Texts = {}): DocSpec {
  const units = proposedUnits(data)
  if (units.length === 0) {
    throw validationError('Chưa có đơn vị nào đạt đủ tiêu chí để đề nghị công nhận; không tạo tờ trình. Báo cáo kết quả năm dùng mẫu Báo cáo kết quả.')
  }
  const defaults = proposalParagraphs(data)
  const t = (key: string) => textOf(texts, defaults, key)
  const year = data.facts.year
  const blocks: Block[] = [
    headerBlock(data.common),
    { kind: 'title', typeName: 'TỜ TRÌNH', subjectLines: [`Về việc đề nghị công nhận ${typesPhrase(data.facts, units.map((u) => u.type))}`, `đạt tiêu chuẩn ${ATANTT} năm ${year}`] },
    { kind: 'kinhGui', addressees: [data.committeeInText] },
    { kind: 'canCu', lines: canCuLines(t('bases')), upright: true },
    ...bodyParagraphs(t('summary')),
    ...bodyParagraphs(t('failures')),
    ...bodyParagraphs(t('request')),
    ...bodyParagraphs(t('closing'), { endMark: true }),
    signatureBlock(data.common, ['Như trên'])
  ]
  const list: Block[] = [
    listHeaderBlock(data.common),
    {
      kind: 'appendixHeading',
      label: 'DANH SÁCH',
      titleLines: [`${listSubject(units, data.facts)} đề nghị công nhận đạt tiêu chuẩn ${ATANTT} năm ${year}`],
      attachLine: `(Kèm theo Tờ trình ${reference(data.common.number, data.common.symbol, data.common.date, data.common.issueYear)} của ${data.policeInText})`
    },
    unitTable(
      units,
      data.facts,
      [
        { title: 'Tên đơn vị', width: 2800, align: 'left', value: (u) => u.name },
        { title: 'Loại', width: 1300, value: typeLabelIn(data.facts) },
        { title: 'Địa chỉ', width: 2300, align: 'left', value: (u) => u.address ?? '' },
        { title: 'Ngày họp đánh giá', width: 1200, value: (u) => shortDate(u.meetingOn) },
        { title: 'Ghi chú', width: 955, value: () => '' }
      ],
      'type'
    ),
    closingLine(units.length)
  ]
  return { kind: 'DOC-TTR-CONGNHAN', title: `Tờ trình đề nghị công nhận năm ${year}`, sections: [{ pageNumbers: true, blocks }, { pageNumbers: true, blocks: list }] }
}
