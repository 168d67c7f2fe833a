import { validationError } from '../../../../../shared/api/errors'
import { ATANTT, countText, joinVi, reference, upper } from '../../format/official-text'
import type { Block, DocSpec } from '../../../../../shared/documents/spec'
import { awaitsDecision, TYPE_ORDER, typeNoun, type UnitFact, type YearFacts } from '../../year/year-facts'
import { canCuLines, headerBlock, listHeaderBlock, signatureBlock, textOf, typesPhrase, withEndMark, type CommonInput, type EditableParagraph, type Texts } from '../shared/common'
import { closingLine, listSubject, typeLabelIn, unitTable } from '../shared/unit-list'

/** DOC-QD-CONGNHAN: the draft recognition decision and its attached list (documents.md §4(e)). */
export interface DecisionDraftData {
  common: CommonInput
  facts: YearFacts
  /** "Ủy ban nhân dân thành phố Vũng Tàu" (in a sentence) and its UPPER form for the authority line. */
  committeeName: string
  /** The tờ trình this decision answers; number and date blank while unknown. */
  proposal: { number: number | null; date: string | null; year: number; symbol: string; proposerTitle: string }
  /** Office text (the local-government law changed in 2025); the app inserts only the tờ trình reference. */
  bases: string[]
  /** Điều 3's addressees, office text (the names of the committee's offices changed in 2025). */
  executors?: string[]
  /** The units this decision lists (a rebuild keeps its own list); defaults to those proposed and not yet decided. */
  units?: UnitFact[]
}

/** Điều 3's default addressees; the office edits them on the Văn bản page. */
export function defaultExecutors(committeeName: string, proposerTitle: string): string[] {
  return [`Chánh Văn phòng ${committeeName}`, proposerTitle, 'Thủ trưởng các cơ quan, đơn vị liên quan']
}

export function decisionUnits(data: DecisionDraftData): UnitFact[] {
  return data.units ?? data.facts.units.filter((u) => awaitsDecision(u) && data.facts.processedTypes.includes(u.type))
}

/** APP-QD-AUTHORITY: the authority line agrees with the signature ("TM." = collective). */
export function authorityLine(data: DecisionDraftData): string {
  const collective = (data.common.signer.authorityLine ?? '').startsWith('TM.')
  return collective ? upper(data.committeeName) : `CHỦ TỊCH ${upper(data.committeeName)}`
}

function recognisedPhrase(units: UnitFact[], facts: YearFacts): string {
  return joinVi(TYPE_ORDER.filter((t) => units.some((u) => u.type === t)).map((t) => `${countText(units.filter((u) => u.type === t).length)} ${typeNoun(t, facts)}`))
}

export function decisionParagraphs(data: DecisionDraftData): EditableParagraph[] {
  const units = decisionUnits(data)
  const { facts } = data
  const proposal = `Theo đề nghị của ${data.proposal.proposerTitle} tại Tờ trình ${reference(data.proposal.number, data.proposal.symbol, data.proposal.date, data.proposal.year)}.`
  const single = units.length === 1 ? units[0] : undefined
  const executors = data.executors ?? defaultExecutors(data.committeeName, data.proposal.proposerTitle)
  const article1 = single
    ? `Công nhận ${single.name}${single.address ? `, ${single.address}` : ''}, đạt tiêu chuẩn ${ATANTT} năm ${facts.year}.`
    : `Công nhận ${recognisedPhrase(units, facts)} đạt tiêu chuẩn ${ATANTT} năm ${facts.year} (có danh sách kèm theo).`
  return [
    { key: 'bases', label: 'Căn cứ (mỗi dòng một căn cứ)', text: [...data.bases, proposal].join('\n'), multiline: true },
    { key: 'article1', label: 'Điều 1', text: article1, multiline: true },
    { key: 'article2', label: 'Điều 2', text: 'Quyết định này có hiệu lực kể từ ngày ký.' },
    {
      key: 'article3',
      label: 'Điều 3',
      text: `${executors.join(', ')}${executors.length > 0 ? ' và các' : 'Các'} đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
      multiline: true
    }
  ]
}

export { canCuLines } from '../shared/common'

export function buildDecision(data: DecisionDraftData, texts: Texts = {}): DocSpec {
  const units = decisionUnits(data)
  if (units.length === 0) throw validationError('Chưa có đơn vị nào được đề nghị công nhận; không tạo dự thảo quyết định.')
  const defaults = decisionParagraphs(data)
  const t = (key: string) => textOf(texts, defaults, key)
  const year = data.facts.year
  const body: Block[] = [
    headerBlock(data.common),
    { kind: 'title', typeName: 'QUYẾT ĐỊNH', subjectLines: [`Về việc công nhận ${typesPhrase(data.facts, units.map((u) => u.type))}`, `đạt tiêu chuẩn ${ATANTT} năm ${year}`] },
    { kind: 'centered', runs: [{ text: authorityLine(data), bold: true }], sizeRole: 'title', beforePt: 12 },
    { kind: 'canCu', lines: canCuLines(t('bases')) },
    { kind: 'centered', runs: [{ text: 'QUYẾT ĐỊNH:', bold: true }], sizeRole: 'title', beforePt: 12 },
    { kind: 'article', number: 1, text: t('article1') },
    { kind: 'article', number: 2, text: t('article2') },
    { kind: 'article', number: 3, text: withEndMark(t('article3')) },
    signatureBlock(data.common, ['Như Điều 3'])
  ]
  const sections: DocSpec['sections'] = [{ pageNumbers: true, blocks: body }]
  if (units.length > 1) {
    const byWhom = (data.common.signer.authorityLine ?? '').startsWith('TM.') ? data.committeeName : `Chủ tịch ${data.committeeName}`
    sections.push({
      pageNumbers: true,
      blocks: [
        listHeaderBlock(data.common),
        {
          kind: 'appendixHeading',
          label: 'DANH SÁCH',
          titleLines: [`${listSubject(units, data.facts)} đạt tiêu chuẩn ${ATANTT} năm ${year}`],
          attachLine: `(Kèm theo Quyết định ${reference(data.common.number, data.common.symbol, data.common.date, data.common.issueYear)} của ${byWhom})`
        },
        unitTable(
          units,
          data.facts,
          [
            { title: 'Tên khu dân cư, đơn vị', width: 3300, align: 'left', value: (u) => u.name },
            { title: 'Loại', width: 1500, value: typeLabelIn(data.facts) },
            { title: 'Địa chỉ', width: 2900, align: 'left', value: (u) => u.address ?? '' },
            { title: 'Ghi chú', width: 855, value: () => '' }
          ],
          'type'
        ),
        closingLine(units.length)
      ]
    })
  }
  // Numbered, it is the decision itself, no longer a draft (its register entry and file name say so).
  return { kind: 'DOC-QD-CONGNHAN', title: `${data.common.number !== null ? 'Quyết định' : 'Dự thảo quyết định'} công nhận năm ${year}`, sections }
}

