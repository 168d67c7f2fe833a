import type { ArticleBlock, Block, DocKind, DocSpec, ParagraphBlock, Run, SectionSpec, TableBlock } from '../../../../shared/documents/spec'
import type { WordingField } from '../../../../shared/api/calls/document-office'
import { articleHead, SAMPLE_MARK } from '../../../../shared/documents/spec'
import { listItems } from '../docx/blocks'
import { keptWithSignature } from '../docx/render'

/**
 * A document's spec as a Word template and as that template's data, from one walk so the two always agree: every
 * text the data decides becomes a docxtemplater tag (ASCII names), the lists become paragraph loops, a data table
 * keeps its header row and gets one row tag for its body rows. What the office may reword in Word — the type
 * name, headings it adds, the "Kính gửi:" and "Nơi nhận:" labels, the Quốc hiệu block — stays literal text.
 */
export type TemplateData = Record<string, unknown>

export interface Templated {
  spec: DocSpec
  data: TemplateData
  /** The data tables in document order, with the tag standing for their body rows. */
  tables: { tag: string; block: TableBlock }[]
}

/** The computed figures an office sentence in Word may name (Cài đặt → Mẫu văn bản's fields, in ASCII). */
export const FIELD_TAGS: Record<string, string> = {
  Năm: 'nam',
  'Năm trước': 'nam_truoc',
  'Năm sau': 'nam_sau',
  'Địa bàn': 'dia_ban',
  'Ủy ban nhân dân': 'uy_ban',
  'Công an': 'cong_an',
  'Văn bản cấp trên': 'van_ban_cap_tren',
  'Số đơn vị thuộc diện': 'so_don_vi_thuoc_dien',
  'Số đơn vị đăng ký': 'so_don_vi_dang_ky',
  'Tỷ lệ đăng ký': 'ty_le_dang_ky',
  'Số đơn vị đề nghị': 'so_don_vi_de_nghi',
  'Số đơn vị được công nhận': 'so_don_vi_duoc_cong_nhan'
}

/** Inside a body loop: whether the item is a heading (printed bold, kept with the next paragraph). */
const HEADING_TAG = 'tieu_de'
/** Names used inside loops: a list item, and a body paragraph's bold lead, the rest, and whether it is a heading. */
export const ITEM_TAGS = ['.', 'dam', 'thuong', HEADING_TAG] as const

/** Kinds whose sections repeat per unit (one certificate a page): the template holds one, looped. */
const REPEATED_SECTION: Partial<Record<DocKind, string>> = { 'DOC-GCN': 'giay' }
export const PAGE_BREAK_TAG = 'ngat_trang'
const PAGE_BREAK_XML = '<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr></w:p>'

const tag = (name: string): string => `{${name}}`
const tagParagraph = (text: string): ParagraphBlock => ({ kind: 'paragraph', runs: [{ text }] })
const loop = (name: string): string[] => [`{#${name}}`, '{.}', `{/${name}}`]

/** Tag names by role, numbered from the second of a role on ("doan", "doan_2" …). */
function namer() {
  const seen = new Map<string, number>()
  return (base: string): string => {
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return n === 1 ? base : `${base}_${n}`
  }
}
type Namer = ReturnType<typeof namer>

/** A body paragraph as a loop item: its leading bold runs, then the rest. */
function paragraphItem(block: ParagraphBlock | ArticleBlock): { dam: string; thuong: string } {
  if (block.kind === 'article') return { dam: articleHead(block), thuong: ` ${block.text}` }
  if (block.role === 'heading') return { dam: block.runs.map((r) => r.text).join(''), thuong: '' }
  const lead = block.runs.findIndex((r) => !r.bold)
  const split = lead < 0 ? block.runs.length : lead
  const text = (runs: Run[]) => runs.map((r) => r.text).join('')
  return { dam: text(block.runs.slice(0, split)), thuong: text(block.runs.slice(split)) }
}

/** Paragraphs with handwriting blanks (tabs, dotted tails) stay literal; only the year in them is a tag. */
function isLiteral(block: ParagraphBlock): boolean {
  return block.dottedTail === true || block.runs.some((r) => r.text.includes('\t'))
}

const BODY_ROW: Run[] = [
  { text: tag('dam'), bold: true },
  { text: tag('thuong') }
]

function walk(blocks: Block[], name: Namer, data: TemplateData, tables: Templated['tables'], year: string | null): Block[] {
  const out: Block[] = []
  let segment: (ParagraphBlock | ArticleBlock)[] = []
  const flush = () => {
    if (segment.length === 0) return
    const last = segment[segment.length - 1]!
    const kept = last.keepNext === true
    const looped = kept ? segment.slice(0, -1) : segment
    if (looped.length > 0) {
      const loopName = name('doan')
      data[loopName] = looped.map((b) => ({ ...paragraphItem(b), [HEADING_TAG]: b.kind === 'paragraph' && b.role === 'heading' }))
      // Headings ("I. ĐẶC ĐIỂM TÌNH HÌNH") stay on the page of what follows: their own paragraph, kept with the next.
      const headed = looped.some((b) => b.kind === 'paragraph' && b.role === 'heading')
      const row: Block[] = headed
        ? [
            tagParagraph(`{#${HEADING_TAG}}`),
            { kind: 'paragraph', runs: [{ text: tag('dam') }], role: 'heading' },
            tagParagraph(`{/${HEADING_TAG}}`),
            tagParagraph(`{^${HEADING_TAG}}`),
            { kind: 'paragraph', runs: BODY_ROW },
            tagParagraph(`{/${HEADING_TAG}}`)
          ]
        : [{ kind: 'paragraph', runs: BODY_ROW }]
      out.push(tagParagraph(`{#${loopName}}`), ...row, tagParagraph(`{/${loopName}}`))
    }
    if (kept) {
      // The line kept with the signature (ND30-SIGNATURE) is a paragraph of its own, kept with what follows.
      const item = paragraphItem(last)
      const lead = name('cuoi_dam')
      const rest = name('cuoi_thuong')
      data[lead] = item.dam
      data[rest] = item.thuong
      out.push({ kind: 'paragraph', runs: [{ text: tag(lead), bold: true }, { text: tag(rest) }], keepNext: true })
    }
    segment = []
  }
  for (const block of blocks) {
    if (block.kind === 'paragraph' && isLiteral(block)) {
      flush()
      out.push(year ? { ...block, runs: block.runs.map((r) => ({ ...r, text: r.text.replaceAll(year, tag('nam')) })) } : block)
      continue
    }
    if (block.kind === 'paragraph' || block.kind === 'article') {
      segment.push(block)
      continue
    }
    flush()
    out.push(templated(block, name, data, tables))
    if (block.kind === 'header') {
      // The sample's mark is printed only for documents of the sample data (a paragraph loop of zero or one).
      const mark = name('du_lieu_mau')
      data[mark] = block.sampleMark === true
      out.push(tagParagraph(`{#${mark}}`), { kind: 'centered', runs: [{ text: SAMPLE_MARK, italic: true }], pt: 12, beforePt: 3 }, tagParagraph(`{/${mark}}`))
    }
  }
  flush()
  return out
}

const joined = (lines: string[]): string => lines.join('\n')

function templated(block: Exclude<Block, ParagraphBlock | ArticleBlock>, name: Namer, data: TemplateData, tables: Templated['tables']): Block {
  const put = (base: string, value: string): string => {
    const key = name(base)
    data[key] = value
    return tag(key)
  }
  switch (block.kind) {
    case 'header':
      return {
        kind: 'header',
        parentLines: block.parentLines.length > 0 ? [put('co_quan_chu_quan', joined(block.parentLines))] : [],
        issuerLines: [put('co_quan_ban_hanh', joined(block.issuerLines))],
        ruleLines: block.issuerLines,
        ...(block.numberLine !== undefined ? { numberLine: put('so', block.numberLine) } : {}),
        ...(block.dateLine !== undefined ? { dateLine: put('ngay_thang', block.dateLine) } : {}),
        ...(block.vvLines && block.vvLines.length > 0 ? { vvLines: [put('vv', joined(block.vvLines))] } : {})
      }
    case 'title':
      return { ...block, subjectLines: block.subjectLines.length > 0 ? [put('trich_yeu', joined(block.subjectLines))] : [], ruleLines: block.subjectLines }
    case 'centered':
      return { ...block, runs: [{ text: put('dong', block.runs.map((r) => r.text).join('')), bold: block.runs[0]?.bold === true, italic: block.runs[0]?.italic === true }] }
    case 'kinhGui': {
      const list = name('kinh_gui')
      data[list] = listItems(block.addressees)
      if (block.addressees.length > 1) return { kind: 'kinhGui', addressees: loop(list), punctuated: true }
      return { kind: 'kinhGui', addressees: [put('kinh_gui_mot', block.addressees.join('; '))] }
    }
    case 'canCu': {
      const list = name('can_cu')
      data[list] = block.lines
      return { ...block, lines: loop(list) }
    }
    case 'table': {
      const rows = name('bang')
      data[rows] = rowToken(rows)
      tables.push({ tag: rows, block })
      return { ...block, ...(block.caption ? { caption: put('tieu_de_bang', block.caption) } : {}) }
    }
    case 'signature': {
      const list = name('noi_nhan')
      data[list] = listItems(block.recipients)
      return {
        ...block,
        recipients: block.recipients.length > 0 ? loop(list) : [],
        punctuated: true,
        ...(block.authorityLine ? { authorityLine: put('quyen_han', block.authorityLine) } : {}),
        titleLine: put('chuc_vu', block.titleLine),
        name: put('nguoi_ky', block.rank ? `${block.rank} ${block.name}` : block.name),
        rank: undefined,
        ...(block.leftNote !== undefined ? { leftNote: put('ghi_chu', block.leftNote) } : {}),
        ...(block.dateLine ? { dateLine: put('ngay_ky', block.dateLine) } : {})
      } as Block
    }
    case 'appendixHeading':
      return {
        ...block,
        titleLines: [put('tieu_de_phu_luc', joined(block.titleLines))],
        ruleLines: block.titleLines,
        ...(block.attachLine ? { attachLine: put('kem_theo', block.attachLine) } : {})
      }
  }
}

/**
 * Tags a document may lack while keeping the template's shape: a signer without an authority prefix, an issuer
 * without a parent body, one addressee instead of several, the computed figures. Any other tag of the template that
 * the document has no value for means another layout of the kind (a list printed alone or attached to a document).
 */
const OPTIONAL = new Set(['quyen_han', 'co_quan_chu_quan', 'vv', 'kinh_gui', 'kinh_gui_mot', 'cuoi_dam', 'cuoi_thuong', 'ghi_chu', 'ngay_ky', 'tieu_de_bang', ...Object.values(FIELD_TAGS)])

/** The first of the template's own tags (top level) that a document of another layout has no value for. */
export function foreignTag(templateTags: string[], data: TemplateData): string | undefined {
  return templateTags.find((name) => !(name in data) && !OPTIONAL.has(name.replace(/_\d+$/u, '')))
}

/** The text a table's row tag is filled with; the rows' XML replaces the row that holds it. */
export const rowToken = (rowTag: string): string => `ANTT-BANG-${rowTag}-HET`

function section(spec: SectionSpec, name: Namer, data: TemplateData, tables: Templated['tables'], year: string | null): SectionSpec {
  return { ...spec, blocks: walk(keptWithSignature(spec.blocks), name, data, tables, year) }
}

/** The template and its data for a composed spec; `fields` are the document's computed figures. */
export function templatize(spec: DocSpec, fields: WordingField[]): Templated {
  const data: TemplateData = {}
  for (const f of fields) {
    const name = FIELD_TAGS[f.name]
    if (name) data[name] = f.value
  }
  const year = fields.find((f) => f.name === 'Năm')?.value ?? null
  const tables: Templated['tables'] = []
  const repeated = REPEATED_SECTION[spec.kind]
  if (repeated && spec.sections.length > 0) {
    const items = spec.sections.map((s, i) => {
      const item: TemplateData = { [PAGE_BREAK_TAG]: i === 0 ? '' : PAGE_BREAK_XML }
      return { s: section(s, namer(), item, tables, year), item }
    })
    data[repeated] = items.map((x) => x.item)
    const first = items[0]!.s
    const blocks = [tagParagraph(`{#${repeated}}`), tagParagraph(`{@${PAGE_BREAK_TAG}}`), ...first.blocks, tagParagraph(`{/${repeated}}`)]
    return { spec: { ...spec, sections: [{ ...first, blocks }] }, data, tables }
  }
  // One document, one set of names: the attached list's tags go on numbering after the main section's.
  const name = namer()
  const sections = spec.sections.map((s) => section(s, name, data, tables, year))
  return { spec: { ...spec, sections }, data, tables }
}
