import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalMergeType,
  WidthType,
  type ParagraphChild
} from 'docx'
import type { FormatProfile, PageGeometry } from '../format/profile'
import { mmToTwips, pageGeometry, ptToTwips } from '../format/profile'
import { QUOC_HIEU, TIEU_NGU } from '../format/official-text'
import { textWidth } from '../format/text-width'
import { articleHead, SAMPLE_MARK } from '../../../../shared/documents/spec'
import type {
  AppendixHeadingBlock,
  ArticleBlock,
  Block,
  CanCuBlock,
  CenteredBlock,
  DocSpec,
  HeaderBlock,
  KinhGuiBlock,
  ParagraphBlock,
  Run,
  SignatureBlock,
  TableBlock,
  TitleBlock
} from '../../../../shared/documents/spec'
import { tableRowsXml } from './table-rows-xml'
import { centered, NO_BORDERS, rule, SINGLE, tabRun, textRun, ZERO_MARGINS } from './primitives'

/** What every block renderer needs: the profile, the page of its section and the section's line spacing. */
export interface BlockContext {
  profile: FormatProfile
  page: PageGeometry
  lineSpacing: number
  /** Body rows of data tables, written as XML strings and put in place of their token after packing. */
  deferredRows: Map<string, string>
  /** The body rows' XML of a table at its widths; a Word template writes its row tag here instead. */
  rowsXml?: (block: TableBlock, widths: number[], pt: number) => string
}

/** "- item;" for each list item, "." after the last (ND30-KINH-GUI, ND30-NOI-NHAN). */
export function listItems(items: string[]): string[] {
  return items.map((item, i) => `- ${item}${i === items.length - 1 ? '.' : ';'}`)
}

type BodyElement = Paragraph | Table

const SO_PT = 13 // fixed (ND30-SO-KY-HIEU)
/** "Phụ lục I" / "DANH SÁCH", its title and "(Kèm theo …)": 14 pt whatever the body size (documents.md §1.2). */
const APPENDIX_PT = 14
const NOI_NHAN_PT = 12
const RECIPIENT_PT = 11

function bodySpacing(ctx: BlockContext, beforePt = ctx.profile.paraBeforePt) {
  return { before: ptToTwips(beforePt), after: 0, line: Math.round(240 * ctx.lineSpacing), lineRule: LineRuleType.AUTO }
}

function runs(list: Run[], pt: number, base: { bold?: boolean; italic?: boolean } = {}) {
  return list.map((r) => textRun(r.text, { pt, bold: r.bold ?? base.bold, italic: r.italic ?? base.italic }))
}

/** Left and right column widths of the header and signature tables (documents.md §1.5). */
export function headerColumns(ctx: Pick<BlockContext, 'profile' | 'page'>, dateLine?: string): [number, number] {
  const qh = textWidth(QUOC_HIEU, ctx.profile.quocHieuPt, true)
  const date = dateLine ? textWidth(dateLine, ctx.profile.dateLinePt, false) : 0
  let right = Math.max(5300, Math.max(qh, date) + 200)
  if (ctx.page.tw - right < 3200) right = ctx.page.tw - 3200
  return [ctx.page.tw - right, right]
}

/** documents.md §1.5: the issuer lines that would wrap inside the header's left cell at the profile's sizes. */
export function headerLineWarnings(spec: DocSpec, profile: FormatProfile): string[] {
  const out = new Set<string>()
  for (const section of spec.sections) {
    const page = pageGeometry(profile, section.landscape === true)
    for (const block of section.blocks) {
      if (block.kind !== 'header') continue
      const [lc] = headerColumns({ profile, page }, block.dateLine)
      const lines = [...block.parentLines.map((l) => ({ l, bold: false })), ...block.issuerLines.map((l) => ({ l, bold: true }))]
      for (const { l, bold } of lines) {
        if (textWidth(l, profile.quocHieuPt, bold) > lc) {
          out.add(`Dòng “${l}” ở ô tên cơ quan dài hơn ô (${(lc / 567).toFixed(1).replace('.', ',')} cm ở cỡ ${profile.quocHieuPt}) nên sẽ xuống dòng; hãy ngắt dòng hoặc viết gọn tại Cài đặt → Thông tin cơ quan.`)
        }
      }
    }
  }
  return [...out]
}

function cell(width: number, children: Paragraph[], options: { span?: number; vMerge?: 'restart' | 'continue' } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: ZERO_MARGINS,
    children: children.length > 0 ? children : [new Paragraph({ children: [] })],
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.vMerge ? { verticalMerge: options.vMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {})
  })
}

function layoutTable(widths: [number, number], rows: TableRow[]): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: ZERO_MARGINS,
    rows
  })
}

/** ND30-HEADER-BLOCK: issuer | Quốc hiệu, then Số | date; a borderless 2 × 2 (or 2 × 1) table. */
function header(block: HeaderBlock, ctx: BlockContext): BodyElement[] {
  const p = ctx.profile
  const widths = headerColumns(ctx, block.dateLine)
  const [lc, rc] = widths
  const issuerWidth = Math.max(...(block.ruleLines ?? block.issuerLines).map((l) => textWidth(l, p.quocHieuPt, true)), 0)
  const left = [
    ...block.parentLines.map((l) => centered([textRun(l, { pt: p.quocHieuPt })])),
    ...block.issuerLines.map((l) => centered([textRun(l, { pt: p.quocHieuPt, bold: true })])),
    rule(issuerWidth * 0.4, lc)
  ]
  const right = [
    centered([textRun(QUOC_HIEU, { pt: p.quocHieuPt, bold: true })]),
    centered([textRun(TIEU_NGU, { pt: p.quocHieuPt + 1, bold: true })]),
    rule(textWidth(TIEU_NGU, p.quocHieuPt + 1, true), rc)
  ]
  const rows = [new TableRow({ cantSplit: true, children: [cell(lc, left), cell(rc, right)] })]
  if (block.numberLine !== undefined || block.dateLine !== undefined) {
    const second = [centered([textRun(block.numberLine ?? '', { pt: SO_PT })], { beforeTwips: 120 })]
    for (const [i, line] of (block.vvLines ?? []).entries()) {
      second.push(centered([textRun(line, { pt: p.vvPt })], { beforeTwips: i === 0 ? 120 : 0 }))
    }
    const date = [centered([textRun(block.dateLine ?? '', { pt: p.dateLinePt, italic: true })], { beforeTwips: 120 })]
    rows.push(new TableRow({ cantSplit: true, children: [cell(lc, second), cell(rc, date)] }))
  }
  const out: BodyElement[] = [layoutTable(widths, rows)]
  if (block.sampleMark) {
    out.push(centered([textRun(SAMPLE_MARK, { pt: 12, italic: true })], { beforeTwips: 60 }))
  }
  return out
}

/** ND30-TEN-LOAI: type name UPPER bold, trích yếu bold, a short rule (40 % of min(trích yếu, TW)). */
function title(block: TitleBlock, ctx: BlockContext): BodyElement[] {
  const pt = ctx.profile.titlePt
  const out: BodyElement[] = [
    centered([textRun(block.typeName, { pt: block.typeNamePt ?? pt, bold: true })], { beforeTwips: 360, keepNext: true })
  ]
  for (const line of block.subjectLines) out.push(centered([textRun(line, { pt, bold: true })], { keepNext: true }))
  if (!block.noRule && block.subjectLines.length > 0) {
    const widest = Math.max(...(block.ruleLines ?? block.subjectLines).map((l) => textWidth(l, pt, true)))
    out.push(rule(Math.min(widest, ctx.page.tw) * 0.4, ctx.page.tw))
  }
  return out
}

function centeredBlock(block: CenteredBlock, ctx: BlockContext): Paragraph {
  const pt = block.pt ?? (block.sizeRole === 'title' ? ctx.profile.titlePt : ctx.profile.bodyPt)
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: ptToTwips(block.beforePt ?? ctx.profile.paraBeforePt), after: 0, ...SINGLE },
    children: runs(block.runs, pt)
  })
}

const KINH_GUI_INDENT = 1134

/** ND30-KINH-GUI: one addressee on the same line, several as a list whose dashes sit under the colon. */
function kinhGui(block: KinhGuiBlock, ctx: BlockContext): Paragraph[] {
  const pt = ctx.profile.bodyPt
  const spacing = { before: ptToTwips(ctx.profile.paraBeforePt), after: 0, ...SINGLE }
  if (block.addressees.length === 1 && !block.punctuated) {
    return [new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: [textRun(`Kính gửi: ${block.addressees[0]}`, { pt })] })]
  }
  const itemIndent = KINH_GUI_INDENT + textWidth('Kính gửi', pt)
  const dash = textWidth('- ', pt)
  return [
    new Paragraph({ indent: { left: KINH_GUI_INDENT }, spacing, children: [textRun('Kính gửi:', { pt })] }),
    ...(block.punctuated ? block.addressees : listItems(block.addressees)).map(
      (item) =>
        new Paragraph({
          indent: { left: itemIndent + dash, hanging: dash },
          spacing: { before: 0, after: 0, ...SINGLE },
          children: [textRun(item, { pt })]
        })
    )
  ]
}

function bodyParagraph(children: ParagraphChild[], ctx: BlockContext, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: ctx.profile.firstLineIndent },
    spacing: bodySpacing(ctx),
    keepNext: options.keepNext ?? false,
    children
  })
}

/** ND30-CAN-CU: one basis per paragraph, italic (a tờ trình cites upright). */
function canCu(block: CanCuBlock, ctx: BlockContext): Paragraph[] {
  return block.lines.map((line) => bodyParagraph([textRun(line, { pt: ctx.profile.bodyPt, italic: !block.upright })], ctx))
}

const INLINE_BLANK = 1000

/**
 * A "\t" inside a run is a short handwriting blank: a right tab stop with a dot leader placed INLINE_BLANK twips after
 * the text before it (documents.md §4(g): blanks are tab stops, never typed dots).
 */
function paragraph(block: ParagraphBlock, ctx: BlockContext): Paragraph {
  const pt = ctx.profile.bodyPt
  const children: ParagraphChild[] = []
  const stops: number[] = []
  let x = ctx.profile.firstLineIndent
  for (const r of block.runs) {
    const bold = r.bold ?? block.role === 'heading'
    r.text.split('\t').forEach((segment, i) => {
      if (i > 0) {
        x += INLINE_BLANK
        stops.push(Math.min(x, ctx.page.tw - 200))
        children.push(tabRun(pt))
      }
      if (segment !== '') {
        children.push(textRun(segment, { pt, bold, italic: r.italic }))
        // 15 % headroom: if the text ran past its stop, the tab would jump to the next one.
        x += Math.round(textWidth(segment, pt, bold) * 1.15)
      }
    })
  }
  const inline = stops.length
  if (block.dottedTail) {
    stops.push(ctx.page.tw)
    children.push(tabRun(pt))
  }
  const keepNext = block.role === 'heading' || block.keepNext === true
  const spacing = block.lineSpacing ? { ...bodySpacing(ctx), line: Math.round(240 * block.lineSpacing) } : bodySpacing(ctx)
  if (stops.length === 0) return bodyParagraph(children, ctx, { keepNext })
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: ctx.profile.firstLineIndent },
    spacing,
    keepNext,
    // Inline blanks are left stops (dots up to the stop, the text after it); the tail is a right stop at the margin.
    tabStops: stops.map((position, i) => ({ type: i < inline ? TabStopType.LEFT : TabStopType.RIGHT, position, leader: 'dot' as const })),
    children
  })
}

/** ND30-DIEU: "Điều N." bold with the first-line indent. */
function article(block: ArticleBlock, ctx: BlockContext): Paragraph {
  const pt = ctx.profile.bodyPt
  const head = articleHead(block)
  return bodyParagraph([textRun(head, { pt, bold: true }), textRun(` ${block.text}`, { pt })], ctx, { keepNext: block.keepNext === true })
}

/** Scales the widths given for the default text width to this section's, the last column absorbing rounding. */
export function scaleWidths(widths: number[], tw: number): number[] {
  const total = widths.reduce((a, b) => a + b, 0)
  if (total === tw) return widths
  const scaled = widths.map((w) => Math.floor((w * tw) / total))
  scaled[scaled.length - 1] = tw - scaled.slice(0, -1).reduce((a, b) => a + b, 0)
  return scaled
}

const FIGURE = /^[\d.,/%+-]+$/u
/** Cell side margins (108 + 108) and a little headroom for the renderer's rounding. */
const CELL_PADDING = 216 + 60

/**
 * APP-TABLE-NOWRAP: a date or a number never wraps. Each column is widened to its widest figure at the table size
 * (header titles may wrap, figures may not); the width comes from the left-aligned text columns (names, addresses).
 */
export function fitFigures(block: TableBlock, widths: number[], pt: number): number[] {
  const need = widths.map(() => 0)
  for (const row of block.rows) {
    if (row.kind !== 'data' && row.kind !== 'total') continue
    const spans = row.kind === 'data' ? row.spans : undefined
    let col = 0
    row.cells.forEach((cell, i) => {
      const span = spans?.[i] ?? 1
      if (span === 1 && FIGURE.test(cell)) need[col] = Math.max(need[col]!, textWidth(cell, pt, row.kind === 'total') + CELL_PADDING)
      col += span
    })
  }
  const out = [...widths]
  let deficit = 0
  out.forEach((w, i) => {
    if (need[i]! > w) {
      deficit += need[i]! - w
      out[i] = need[i]!
    }
  })
  if (deficit === 0) return out
  const donors = block.columns.map((c, i) => (c.align === 'left' ? i : -1)).filter((i) => i >= 0)
  const pool = donors.reduce((n, i) => n + out[i]!, 0)
  donors.forEach((i, k) => {
    const share = k === donors.length - 1 ? deficit : Math.round((deficit * out[i]!) / pool)
    out[i] = out[i]! - share
    deficit -= share
  })
  return out
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const DATA_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN }
const DATA_MARGINS = { top: 0, bottom: 0, left: 108, right: 108 }

function dataCell(text: string, width: number, pt: number, options: { bold?: boolean; align?: 'left' | 'center'; span?: number; vMerge?: 'restart' | 'continue' } = {}) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: DATA_MARGINS,
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.vMerge ? { verticalMerge: options.vMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    // "\n" inside a cell makes separate lines (the minutes' "□ Đạt" / "□ Không đạt").
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: options.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
          spacing: { before: 20, after: 20, ...SINGLE },
          children: line === '' ? [] : [textRun(line, { pt, bold: options.bold })]
        })
    )
  })
}

/** APP-TABLE: bordered, fixed, DXA widths; header rows repeat on every page; no row splits across pages. */
/** A data table's text size: the profile's, capped by the table's own maximum. */
export const tablePt = (block: TableBlock, profile: FormatProfile): number => Math.min(profile.tablePt, block.maxPt ?? 14)

function table(block: TableBlock, ctx: BlockContext): BodyElement[] {
  const pt = tablePt(block, ctx.profile)
  const widths = fitFigures(block, scaleWidths(block.columns.map((c) => c.width), ctx.page.tw), pt)
  const total = widths.reduce((a, b) => a + b, 0)
  const rows: TableRow[] = []
  const groups = block.groups ?? []
  if (groups.length > 0) {
    const top: TableCell[] = []
    const bottom: TableCell[] = []
    for (let i = 0; i < block.columns.length; ) {
      const group = groups.find((g) => g.from === i)
      if (group) {
        const span = widths.slice(i, i + group.span).reduce((a, b) => a + b, 0)
        top.push(dataCell(group.title, span, pt, { bold: true, span: group.span }))
        for (let j = i; j < i + group.span; j++) bottom.push(dataCell(block.columns[j]!.title, widths[j]!, pt, { bold: true }))
        i += group.span
      } else {
        top.push(dataCell(block.columns[i]!.title, widths[i]!, pt, { bold: true, vMerge: 'restart' }))
        bottom.push(dataCell('', widths[i]!, pt, { vMerge: 'continue' }))
        i++
      }
    }
    rows.push(new TableRow({ tableHeader: true, cantSplit: true, children: top }))
    rows.push(new TableRow({ tableHeader: true, cantSplit: true, children: bottom }))
  } else {
    rows.push(
      new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => dataCell(c.title, widths[i]!, pt, { bold: true })) })
    )
  }
  // The body rows go in as one XML string (table-rows-xml.ts); this row only marks where.
  const token = `ANTT-ROWS-${ctx.deferredRows.size + 1}-${Math.random().toString(36).slice(2)}`
  ctx.deferredRows.set(token, (ctx.rowsXml ?? tableRowsXml)(block, widths, pt))
  rows.push(new TableRow({ cantSplit: true, children: [dataCell(token, total, pt, { span: widths.length })] }))
  const out: BodyElement[] = []
  if (block.caption) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: ptToTwips(ctx.profile.paraBeforePt), after: 120, ...SINGLE },
        children: [textRun(block.caption, { pt: ctx.profile.bodyPt, bold: true })]
      })
    )
  }
  out.push(
    new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: DATA_BORDERS,
      rows
    })
  )
  return out
}

/** ND30-SIGNATURE and ND30-NOI-NHAN: Nơi nhận | authority, title, gap, name — one row that never splits. */
function signature(block: SignatureBlock, ctx: BlockContext): BodyElement[] {
  const p = ctx.profile
  const pt = p.bodyPt
  const widths = headerColumns(ctx)
  const gap = mmToTwips(p.signatureGapMm)
  const left: Paragraph[] = []
  if (block.leftTitle !== undefined) {
    left.push(centered([textRun(block.leftTitle, { pt, bold: true })], { beforeTwips: 240 }))
    if (block.hint) left.push(centered([textRun(block.hint, { pt, italic: true })]))
    left.push(centered([textRun(block.leftName ?? '', { pt, bold: true })], { beforeTwips: gap }))
  } else if (block.leftNote !== undefined) {
    left.push(new Paragraph({ spacing: { before: 240, after: 0, ...SINGLE }, children: [textRun(block.leftNote, { pt })] }))
  } else if (block.recipients.length > 0) {
    left.push(new Paragraph({ spacing: { before: 240, after: 0, ...SINGLE }, children: [textRun('Nơi nhận:', { pt: NOI_NHAN_PT, bold: true, italic: true })] }))
    for (const item of block.punctuated ? block.recipients : listItems(block.recipients)) {
      left.push(new Paragraph({ spacing: { before: 0, after: 0, ...SINGLE }, children: [textRun(item, { pt: RECIPIENT_PT })] }))
    }
  }
  const right: Paragraph[] = []
  if (block.dateLine) right.push(centered([textRun(block.dateLine, { pt: p.dateLinePt, italic: true })], { beforeTwips: 240 }))
  if (block.authorityLine) right.push(centered([textRun(block.authorityLine, { pt, bold: true })], { beforeTwips: 240 }))
  right.push(centered([textRun(block.titleLine, { pt, bold: true })], { beforeTwips: block.authorityLine || block.dateLine ? 0 : 240 }))
  if (block.hint) right.push(centered([textRun(block.hint, { pt, italic: true })]))
  const name = block.rank ? `${block.rank} ${block.name}` : block.name
  right.push(centered([textRun(name, { pt, bold: true })], { beforeTwips: gap }))
  return [
    new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, keepNext: true, children: [] }),
    layoutTable(widths as [number, number], [new TableRow({ cantSplit: true, children: [cell(widths[0], left), cell(widths[1], right)] })])
  ]
}

/** ND30-APPENDIX: label bold, title bold, "(Kèm theo …)" italic, a short rule. */
function appendixHeading(block: AppendixHeadingBlock, ctx: BlockContext): BodyElement[] {
  const pt = APPENDIX_PT
  const out: BodyElement[] = [centered([textRun(block.label, { pt, bold: true })], { beforeTwips: 240, keepNext: true })]
  for (const line of block.titleLines) out.push(centered([textRun(line, { pt, bold: true })], { keepNext: true }))
  if (block.attachLine) out.push(centered([textRun(block.attachLine, { pt, italic: true })], { keepNext: true }))
  const widest = Math.max(...(block.ruleLines ?? block.titleLines).map((l) => textWidth(l, pt, true)), textWidth(block.label, pt, true))
  out.push(rule(Math.min(widest, ctx.page.tw) * 0.4, ctx.page.tw))
  out.push(new Paragraph({ spacing: { before: 0, after: 120, ...SINGLE }, keepNext: true, children: [] }))
  return out
}

export function renderBlock(block: Block, ctx: BlockContext): BodyElement[] {
  switch (block.kind) {
    case 'header':
      return header(block, ctx)
    case 'title':
      return title(block, ctx)
    case 'centered':
      return [centeredBlock(block, ctx)]
    case 'kinhGui':
      return kinhGui(block, ctx)
    case 'canCu':
      return canCu(block, ctx)
    case 'paragraph':
      return [paragraph(block, ctx)]
    case 'article':
      return [article(block, ctx)]
    case 'table':
      return table(block, ctx)
    case 'signature':
      return signature(block, ctx)
    case 'appendixHeading':
      return appendixHeading(block, ctx)
  }
}
