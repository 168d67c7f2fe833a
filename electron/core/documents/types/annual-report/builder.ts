import { ATANTT, countText, diffText, tableCount, rateText, reference } from '../../format/official-text'
import type { Block, DocSpec, TableBlock, TableRow } from '../../../../../shared/documents/spec'
import type { UnitType } from '../../../../../shared/domain/units'
import { allTypesPhrase, countsByType, TYPE_ORDER, typeNoun, typeTitle, type UnitFact, type YearFacts } from '../../year/year-facts'
import { bodyParagraphs, capitalise, headerBlock, listHeaderBlock, resultSentence, signatureBlock, textOf, withEndMark, type CommonInput, type EditableParagraph, type Texts } from '../shared/common'

/** DOC-BC-KETQUA: the annual report with Bảng 1 (by type) and Phụ lục I / Bảng 2 (by area) (documents.md §4(c)). */
export interface AnnualReportData {
  common: CommonInput
  facts: YearFacts
  /** "Công an thành phố Vũng Tàu" */
  reporterInText: string
  /** The directing document ("Kế hoạch số …"), typed by staff. */
  directive: string
  addressees: string[]
}

function typesOf(facts: YearFacts) {
  return TYPE_ORDER.filter((t) => facts.processedTypes.includes(t) || t === 'KDC')
}

/** Bảng 1 — by unit type, with the comparison with last year. */
export function tableByType(facts: YearFacts): TableBlock {
  const counts = countsByType(facts)
  const rows: TableRow[] = []
  const sum = { total: 0, registered: 0, recognised: 0, previous: 0 }
  let havePrevious = facts.previous !== null
  typesOf(facts).forEach((type, i) => {
    const c = counts[type]
    const prev = facts.previous?.byType[type] ?? null
    if (prev === null) havePrevious = false
    sum.total += c.total
    sum.registered += c.registered
    sum.recognised += c.recognised
    sum.previous += prev ?? 0
    const notDeployed = facts.notDeployed[type]
    if (notDeployed !== undefined) {
      rows.push({
        kind: 'data',
        cells: [String(i + 1), typeTitle(type, facts), tableCount(c.total), `Không triển khai${notDeployed ? ` (${notDeployed})` : ''}`, prev === null ? '-' : tableCount(prev), diffText(c.recognised, prev)],
        spans: [1, 1, 1, 4, 1, 1]
      })
      return
    }
    rows.push({
      kind: 'data',
      cells: [
        String(i + 1),
        typeTitle(type, facts),
        tableCount(c.total),
        tableCount(c.registered),
        rateText(c.registered, c.total),
        tableCount(c.recognised),
        rateText(c.recognised, c.total),
        prev === null ? '-' : tableCount(prev),
        diffText(c.recognised, prev)
      ]
    })
  })
  rows.push({
    kind: 'total',
    cells: ['', 'Tổng cộng', tableCount(sum.total), tableCount(sum.registered), rateText(sum.registered, sum.total), tableCount(sum.recognised), rateText(sum.recognised, sum.total), havePrevious ? tableCount(sum.previous) : '-', havePrevious ? diffText(sum.recognised, sum.previous) : '-']
  })
  return {
    kind: 'table',
    caption: `Bảng 1. Kết quả theo loại đơn vị năm ${facts.year}`,
    maxPt: 12,
    columns: [
      { title: 'STT', width: 800 },
      { title: 'Loại đơn vị', width: 1967, align: 'left' },
      { title: 'Thuộc diện', width: 900 },
      { title: 'Đăng ký', width: 900 },
      { title: 'Tỷ lệ ĐK (%)', width: 900 },
      { title: 'Được công nhận', width: 1000 },
      { title: 'Tỷ lệ (%)', width: 900 },
      { title: `Năm ${facts.year - 1}`, width: 1000 },
      { title: 'Tăng, giảm', width: 988 }
    ],
    rows
  }
}

/** Bảng 2 — by commune, two header rows (landscape appendix). */
export function tableByArea(facts: YearFacts): TableBlock {
  const rows: TableRow[] = []
  const totals = Array(8).fill(0) as number[]
  // One pass over the units: a province has thousands of communes and tens of thousands of units.
  const byArea = new Map<string, UnitFact[]>()
  for (const unit of facts.units) {
    if (unit.type === 'XA' || unit.areaName === null) continue
    const list = byArea.get(unit.areaName)
    if (list) list.push(unit)
    else byArea.set(unit.areaName, [unit])
  }
  facts.areas.forEach((area, i) => {
    const units = byArea.get(area.name) ?? []
    const kdc = units.filter((u) => u.type === 'KDC')
    const org = units.filter((u) => u.type !== 'KDC')
    const f = [
      kdc.length,
      kdc.filter((u) => u.registeredOn).length,
      kdc.filter((u) => u.outcome === 'DA_CONG_NHAN').length,
      org.length,
      org.filter((u) => u.registeredOn).length,
      org.filter((u) => u.outcome === 'DA_CONG_NHAN').length
    ]
    const prev = facts.previous ? (facts.previous.byArea[area.name] ?? null) : null
    f.forEach((v, k) => (totals[k]! += v))
    totals[6]! += prev ?? 0
    rows.push({ kind: 'data', cells: [String(i + 1), area.name, ...f.map(tableCount), rateText(f[2]! + f[5]!, f[0]! + f[3]!), prev === null ? '-' : tableCount(prev), diffText(f[2]! + f[5]!, prev)] })
  })
  const t = totals
  rows.push({ kind: 'total', cells: ['', 'Tổng cộng', ...t.slice(0, 6).map(tableCount), rateText(t[2]! + t[5]!, t[0]! + t[3]!), facts.previous ? tableCount(t[6]!) : '-', facts.previous ? diffText(t[2]! + t[5]!, t[6]!) : '-'] })
  return {
    kind: 'table',
    caption: `Bảng 2. Kết quả theo ${typeNoun('XA', facts)} năm ${facts.year}`,
    maxPt: 12,
    columns: [
      { title: 'STT', width: 800 },
      { title: `${capitalise(typeNoun('XA', facts))}`, width: 2887, align: 'left' },
      { title: 'Tổng', width: 1100 },
      { title: 'Đăng ký', width: 1100 },
      { title: 'Đạt', width: 1100 },
      { title: 'Tổng', width: 1100 },
      { title: 'Đăng ký', width: 1100 },
      { title: 'Đạt', width: 1100 },
      { title: 'Tỷ lệ đạt chung (%)', width: 1300 },
      { title: `Đạt năm ${facts.year - 1}`, width: 1200 },
      { title: 'Tăng, giảm', width: 1500 }
    ],
    groups: [
      { from: 2, span: 3, title: 'Khu dân cư' },
      { from: 5, span: 3, title: capitalise(['CO_QUAN', 'DOANH_NGHIEP', 'CSGD'].map((t) => typeNoun(t as UnitType, facts)).join(', ')) }
    ],
    rows
  }
}

const SITUATION_UNKNOWN = 'Tình hình an ninh chính trị, trật tự an toàn xã hội cơ bản ổn định.'
const LEADERSHIP_UNKNOWN = 'Ngay từ đầu năm, cấp ủy, chính quyền các cấp đã ban hành kế hoạch, tổ chức tuyên truyền, hướng dẫn các đơn vị đăng ký và ký cam kết thực hiện.'
const STRENGTHS_UNKNOWN = '1. Ưu điểm: Phong trào được duy trì, nhiều mô hình tự quản hoạt động hiệu quả.'
const WEAKNESSES_UNKNOWN = '2. Hạn chế, nguyên nhân: Một số đơn vị chưa quan tâm đăng ký, hồ sơ còn chậm.'

/**
 * The commune line of III.3 (documents.md §4(c)): the share of communes recognised, with no "mức 70%" — TT 124's 70 %
 * is counted on the units inside one commune, not on a city's communes. A one-commune office (a ward) states the
 * commune's own result instead of "0/1 (0%)".
 */
function communeLine(facts: YearFacts): string {
  const communes = facts.units.filter((u) => u.type === 'XA')
  if (communes.length === 0) return ''
  const noun = typeNoun('XA', facts)
  if (communes.length === 1) {
    const c = communes[0]!
    const state = c.outcome === 'DA_CONG_NHAN' ? 'đã được công nhận' : c.outcome === 'KHONG_CONG_NHAN' ? 'không được công nhận' : 'chưa có quyết định công nhận'
    return `${capitalise(c.name)} ${state} đạt tiêu chuẩn ${ATANTT} năm ${facts.year}.`
  }
  const recognised = communes.filter((u) => u.outcome === 'DA_CONG_NHAN').length
  return `Về ${noun}: ${countText(recognised)}/${countText(communes.length)} (${rateText(recognised, communes.length)}%) được công nhận.`
}

/** "01 đơn vị được công nhận; 02 đơn vị chưa đạt; 03 đơn vị không đăng ký": never-registered units are not "chưa đạt". */
function outcomeCounts(units: UnitFact[]): string {
  const recognised = units.filter((u) => u.outcome === 'DA_CONG_NHAN').length
  const registered = units.filter((u) => u.registeredOn !== null || u.outcome === 'DA_CONG_NHAN').length
  const parts = [
    `${countText(recognised)} đơn vị được công nhận`,
    registered - recognised > 0 ? `${countText(registered - recognised)} đơn vị chưa đạt` : null,
    units.length - registered > 0 ? `${countText(units.length - registered)} đơn vị không đăng ký` : null
  ].filter((p): p is string => p !== null)
  return `Tổng số ${parts.join('; ')}`
}

export function reportParagraphs(data: Pick<AnnualReportData, 'facts' | 'reporterInText' | 'directive'>): EditableParagraph[] {
  const { facts } = data
  const counts = countsByType(facts)
  const types = typesOf(facts)
  const total = types.reduce((n, t) => n + counts[t].total, 0)
  const registered = types.reduce((n, t) => n + counts[t].registered, 0)
  const households = facts.units.reduce((n, u) => n + (u.householdsTotal ?? 0), 0)
  // Only khu dân cư whose registration counted households (outcome-only rows often have none) enter the ratio.
  const withHouseholds = facts.units.filter((u) => u.householdsRegistered !== null && u.householdsTotal !== null)
  const householdsRegistered = withHouseholds.reduce((n, u) => n + (u.householdsRegistered ?? 0), 0)
  const householdsCounted = withHouseholds.reduce((n, u) => n + (u.householdsTotal ?? 0), 0)
  const communeCheck = communeLine(facts)
  const counted = facts.units.filter((u) => types.includes(u.type))
  const comparison = facts.previous
    ? types
        .map((t) => {
          const prev = facts.previous?.byType[t]
          return prev === undefined || (prev === 0 && counts[t].recognised === 0) ? null : `${typeNoun(t, facts)}: ${countText(counts[t].recognised)} so với ${countText(prev)} (${diffText(counts[t].recognised, prev)})`
        })
        .filter((s): s is string => s !== null)
        .join('; ')
    : ''
  return [
    { key: 'intro', label: 'Mở đầu', text: `Thực hiện ${data.directive}, ${data.reporterInText} báo cáo kết quả xây dựng ${allTypesPhrase(facts)} đạt tiêu chuẩn ${ATANTT} năm ${facts.year} như sau:`, multiline: true },
    {
      key: 'situation',
      label: 'I. Đặc điểm tình hình',
      multiline: true,
      text: `${total === 0 ? `Trên địa bàn ${facts.territory} chưa có đơn vị nào thuộc diện xét công nhận` : `Trên địa bàn ${facts.territory} có ${types.filter((t) => counts[t].total > 0).map((t) => `${countText(counts[t].total)} ${typeNoun(t, facts)}`).join(', ')} thuộc diện xét công nhận`}${households > 0 ? `, với ${tableCount(households)} hộ gia đình đang cư trú tại các khu dân cư` : ''}.\n${SITUATION_UNKNOWN}`,
      review: [SITUATION_UNKNOWN]
    },
    { key: 'leadership', label: 'II. Công tác lãnh đạo, chỉ đạo, triển khai', multiline: true, text: LEADERSHIP_UNKNOWN, review: [LEADERSHIP_UNKNOWN] },
    {
      key: 'registration',
      label: 'III.1. Kết quả đăng ký (tự động)',
      multiline: true,
      text: total === 0 ? 'Chưa có đơn vị nào thuộc diện đăng ký.' : `Có ${countText(registered)}/${countText(total)} đơn vị đăng ký (đạt ${rateText(registered, total)}%)${householdsCounted > 0 ? `; khu dân cư có ${tableCount(householdsRegistered)}/${tableCount(householdsCounted)} hộ đăng ký tham gia` : ''}.`
    },
    {
      key: 'recognition',
      label: 'III.2. Kết quả đánh giá, công nhận (tự động)',
      multiline: true,
      text: `${resultSentence(facts) ?? `Năm ${facts.year} chưa có đơn vị nào được công nhận.`} ${outcomeCounts(counted)} (chi tiết tại Bảng 1).`
    },
    { key: 'comparison', label: `III.3. So sánh với năm ${facts.year - 1} (tự động)`, multiline: true, text: [comparison ? `So với năm ${facts.year - 1}: ${comparison}.` : `Chưa có số liệu năm ${facts.year - 1} để so sánh.`, communeCheck].filter(Boolean).join('\n') },
    { key: 'assessment', label: 'IV. Đánh giá chung', multiline: true, text: `${STRENGTHS_UNKNOWN}\n${WEAKNESSES_UNKNOWN}`, review: [STRENGTHS_UNKNOWN, WEAKNESSES_UNKNOWN] },
    { key: 'directions', label: `V. Phương hướng, nhiệm vụ năm ${facts.year + 1}`, multiline: true, text: 'Tiếp tục đẩy mạnh tuyên truyền, hướng dẫn các đơn vị đăng ký ngay từ đầu năm; nâng cao chất lượng đánh giá, công nhận.' },
    { key: 'proposals', label: 'VI. Kiến nghị, đề xuất', multiline: true, text: 'Đề nghị cấp trên tiếp tục quan tâm hướng dẫn, tập huấn nghiệp vụ cho lực lượng làm công tác phong trào.' },
    { key: 'closing', label: 'Kết thúc', text: `Trên đây là báo cáo kết quả xây dựng đơn vị đạt tiêu chuẩn ${ATANTT} năm ${facts.year} của ${data.reporterInText}.` }
  ]
}

function heading(text: string): Block {
  return { kind: 'paragraph', role: 'heading', runs: [{ text }] }
}

export function buildAnnualReport(data: AnnualReportData, texts: Texts = {}): DocSpec {
  const defaults = reportParagraphs(data)
  const t = (key: string) => textOf(texts, defaults, key)
  const { facts } = data
  const withAppendix = facts.areas.length > 1
  const blocks: Block[] = [
    headerBlock(data.common),
    { kind: 'title', typeName: 'BÁO CÁO', subjectLines: [`Kết quả xây dựng ${allTypesPhrase(facts)}`, `đạt tiêu chuẩn ${ATANTT} năm ${facts.year}`] },
    ...(data.addressees.length > 0 ? [{ kind: 'kinhGui', addressees: data.addressees } as Block] : []),
    ...bodyParagraphs(t('intro')),
    heading('I. ĐẶC ĐIỂM TÌNH HÌNH'),
    ...bodyParagraphs(t('situation')),
    heading('II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI'),
    ...bodyParagraphs(t('leadership')),
    heading('III. KẾT QUẢ THỰC HIỆN'),
    heading('1. Kết quả đăng ký'),
    ...bodyParagraphs(t('registration')),
    heading('2. Kết quả đánh giá, đề nghị công nhận'),
    ...bodyParagraphs(t('recognition')),
    tableByType(facts),
    heading(`3. So sánh với năm ${facts.year - 1}`),
    ...bodyParagraphs(t('comparison') + (withAppendix ? '\nKết quả theo từng địa bàn tại Phụ lục I kèm theo.' : '')),
    heading('IV. ĐÁNH GIÁ CHUNG'),
    ...bodyParagraphs(t('assessment')),
    heading(`V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${facts.year + 1}`),
    ...bodyParagraphs(t('directions')),
    heading('VI. KIẾN NGHỊ, ĐỀ XUẤT'),
    ...bodyParagraphs(t('proposals')),
    { kind: 'paragraph', runs: [{ text: withEndMark(t('closing')) }] },
    signatureBlock(data.common, data.addressees.length > 0 ? ['Như trên'] : [])
  ]
  const sections: DocSpec['sections'] = [{ pageNumbers: true, blocks }]
  if (withAppendix) {
    sections.push({
      landscape: true,
      pageNumbers: true,
      blocks: [
        listHeaderBlock(data.common),
        {
          kind: 'appendixHeading',
          label: 'Phụ lục I',
          titleLines: [`KẾT QUẢ THEO ${typeNoun('XA', facts).toLocaleUpperCase('vi-VN')}`],
          attachLine: `(Kèm theo Báo cáo ${reference(data.common.number, data.common.symbol, data.common.date, data.common.issueYear)} của ${data.reporterInText})`
        },
        tableByArea(facts)
      ]
    })
  }
  return { kind: 'DOC-BC-KETQUA', title: `Báo cáo kết quả năm ${facts.year}`, sections }
}
