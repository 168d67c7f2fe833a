import { ATANTT, countText, shortDate } from '../../format/official-text'
import type { Block, DocSpec } from '../../../../../shared/documents/spec'
import { countsByType, TYPE_ORDER, typeNoun, type YearFacts } from '../../year/year-facts'
import { bodyParagraphs, headerBlock, resultSentence, signatureBlock, textOf, type CommonInput, type EditableParagraph, type Texts } from '../shared/common'

/**
 * DOC-CV-DONDOC: the công văn urging registration / summary dispatch, modelled on CV 1888 (documents.md §4(a)).
 * Figures come from the year before (`previous`) and this year's registrations so far (`current`).
 */
export interface DispatchData {
  common: CommonInput
  /** Year N − 1: results to recall; null in the first year in the app (the result sentence is left out). */
  previous: YearFacts | null
  /** Year N: registrations so far (for the weak points); may be null. */
  current: YearFacts | null
  year: number
  /** "V/v …" subject lines. */
  subjectLines: string[]
  addressees: string[]
  /** "Công văn số 395/CAT-PV05 ngày 05/3/2021 của Công an tỉnh", typed by staff. */
  upstreamReference: string
  /** The circular named in the text ("Thông tư số 23/2012/TT-BCA"). */
  circular: string
  issuerInText: string
  policeInText: string
  committeeInText: string
  /** "Ủy ban nhân dân các xã, phường" below a district; "các khu dân cư" below a ward. */
  lowerBodiesInText: string
  registrationDue: string
  dossierDue: string
  /** Registration-rate threshold below which a type is a weak point (setting, 50 %). */
  weakThresholdPct?: number
}

/** Weak points per type of documents.md §4(a), from the year's registrations (or last year's results). */
export function weakPoints(facts: YearFacts | null, thresholdPct = 50): string[] {
  if (!facts) return []
  const counts = countsByType(facts)
  const out: string[] = []
  for (const type of TYPE_ORDER) {
    if (!facts.processedTypes.includes(type)) continue
    const noun = typeNoun(type, facts)
    const reason = facts.notDeployed[type]
    if (reason !== undefined) {
      out.push(`${noun} chưa được triển khai đánh giá${reason ? ` (${reason})` : ''}`)
      continue
    }
    const c = counts[type]
    if (c.total === 0) continue
    if (c.registered === 0) out.push(`chưa có ${noun} nào đăng ký`)
    else if (c.registered * 100 < thresholdPct * c.total) out.push(`${noun} đăng ký còn hạn chế, chỉ có ${countText(c.registered)}/${countText(c.total)} đơn vị đăng ký`)
  }
  return out
}

const MOVEMENT_UNKNOWN = 'Qua triển khai thực hiện, phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn tiếp tục được duy trì.'
const CAUSE_UNKNOWN = 'Nguyên nhân chủ yếu do một số cơ quan, đơn vị chưa quan tâm đúng mức.'

export function dispatchParagraphs(d: DispatchData): EditableParagraph[] {
  const result = d.previous ? resultSentence(d.previous) : null
  const weak = weakPoints(d.current ?? d.previous, d.weakThresholdPct)
  return [
    { key: 'intro', label: 'Căn cứ văn bản cấp trên', text: `Thực hiện ${d.upstreamReference} về việc tiếp tục đẩy mạnh thực hiện ${d.circular}, ${d.issuerInText} thông báo kết quả và yêu cầu triển khai như sau:`, multiline: true },
    { key: 'result', label: 'Kết quả năm trước (tự động)', text: result ? `${MOVEMENT_UNKNOWN} ${result}` : '', multiline: true, ...(result ? { review: [MOVEMENT_UNKNOWN] } : {}) },
    { key: 'weak', label: 'Tồn tại, hạn chế', text: weak.length > 0 ? `Tuy nhiên, việc triển khai thực hiện vẫn còn một số tồn tại: ${weak.join('; ')}. ${CAUSE_UNKNOWN}` : '', multiline: true, ...(weak.length > 0 ? { review: [CAUSE_UNKNOWN] } : {}) },
    { key: 'lead', label: 'Yêu cầu', text: `Để tiếp tục đẩy mạnh thực hiện ${d.circular}, ${d.issuerInText} yêu cầu các cơ quan, đơn vị và ${d.lowerBodiesInText} tập trung thực hiện một số nội dung sau:`, multiline: true },
    {
      key: 'tasks',
      label: 'Các nội dung (mỗi dòng một nội dung)',
      multiline: true,
      text: [
        'Thứ nhất: Quán triệt, triển khai sâu rộng, sát thực tế cơ sở các quy định về xây dựng đơn vị đạt tiêu chuẩn ' + ATANTT + '.',
        `Thứ 2: Tổ chức đăng ký ngay từ đầu năm; hạn đăng ký trước ngày ${shortDate(d.registrationDue)}; cuối năm tổ chức đánh giá, đề nghị công nhận.`,
        'Thứ 3: Tuyên truyền mục đích, ý nghĩa của việc xây dựng đơn vị đạt tiêu chuẩn đến toàn thể cán bộ, nhân dân.',
        'Thứ 4: Củng cố lực lượng nòng cốt, tập huấn nghiệp vụ cho lực lượng làm công tác phong trào.',
        'Thứ 5: Thường xuyên kiểm tra, hướng dẫn, sơ kết, nhân rộng các mô hình hoạt động hiệu quả.',
        `Thứ 6: Hoàn tất hồ sơ đề nghị công nhận gửi về ${d.policeInText} trước ngày ${shortDate(d.dossierDue)}.`
      ].join('\n')
    },
    { key: 'closing', label: 'Giao nhiệm vụ', text: `Kết quả thực hiện là tiêu chí đánh giá phong trào thi đua của các cơ quan, đơn vị; giao ${d.policeInText} chủ trì, theo dõi, hướng dẫn, kiểm tra, đôn đốc; tổng hợp kết quả báo cáo ${d.committeeInText}.`, multiline: true }
  ]
}

export function buildDispatch(d: DispatchData, texts: Texts = {}): DocSpec {
  const defaults = dispatchParagraphs(d)
  const t = (key: string) => textOf(texts, defaults, key)
  const blocks: Block[] = [
    headerBlock(d.common, { vvLines: d.subjectLines.map((l, i) => (i === 0 ? `V/v ${l.replace(/^V\/v\s*/u, '')}` : l)) }),
    { kind: 'kinhGui', addressees: d.addressees },
    ...bodyParagraphs(t('intro')),
    ...bodyParagraphs(t('result')),
    ...bodyParagraphs(t('weak')),
    ...bodyParagraphs(t('lead')),
    ...bodyParagraphs(t('tasks')),
    ...bodyParagraphs(t('closing'), { endMark: true }),
    signatureBlock(d.common, ['Như trên'])
  ]
  return { kind: 'DOC-CV-DONDOC', title: `Công văn đôn đốc đăng ký năm ${d.year}`, sections: [{ pageNumbers: true, blocks }] }
}
