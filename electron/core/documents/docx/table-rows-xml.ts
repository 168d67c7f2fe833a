import { clean } from '../format/official-text'
import type { TableBlock } from '../../../../shared/documents/spec'

/**
 * The body rows of data tables, written as OOXML strings instead of docx objects: with 1,000+ rows the package's
 * object tree and serializer cost ~1 ms a row, a string costs microseconds. The XML is what the package writes for
 * the same cells (documents.md §4 APP-TABLE): DXA widths, 108-twip side margins, cantSplit on every row, single
 * spacing, Times New Roman in all four slots. The structural tests read these rows like any other.
 */
const FONTS = '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>'
const MARGINS = '<w:tcMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="108"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="108"/></w:tcMar>'

export function escapeXml(text: string): string {
  return clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Each cell's own borders, for rows put into a table saved by another program (LibreOffice moves the table's borders onto its cells). */
const SIDE = 'w:val="single" w:sz="4" w:space="0" w:color="000000"'
const CELL_BORDERS = `<w:tcBorders><w:top ${SIDE}/><w:left ${SIDE}/><w:bottom ${SIDE}/><w:right ${SIDE}/></w:tcBorders>`

interface CellOptions {
  cellBorders: boolean
  width: number
  span: number
  bold: boolean
  align: 'left' | 'center'
  keepNext: boolean
}

function cellXml(text: string, pt: number, o: CellOptions): string {
  const sz = pt * 2
  const rPr = `<w:rPr>${FONTS}${o.bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="vi-VN"/></w:rPr>`
  const pPr = `<w:pPr>${o.keepNext ? '<w:keepNext/>' : ''}<w:spacing w:after="20" w:before="20" w:line="240" w:lineRule="auto"/><w:jc w:val="${o.align}"/></w:pPr>`
  const paragraphs = text
    .split('\n')
    .map((line) => `<w:p>${pPr}${line === '' ? '' : `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`}</w:p>`)
    .join('')
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${o.width}"/>${o.span > 1 ? `<w:gridSpan w:val="${o.span}"/>` : ''}${o.cellBorders ? CELL_BORDERS : ''}${MARGINS}</w:tcPr>${paragraphs}</w:tc>`
}

/** Every body row of `block` (after the header rows), as one string; `cellBorders` for a Word template's table. */
export function tableRowsXml(block: TableBlock, widths: number[], pt: number, cellBorders = false): string {
  const total = widths.reduce((a, b) => a + b, 0)
  const out: string[] = []
  block.rows.forEach((row, index) => {
    const keepNext = block.keepLastRow === true && index === block.rows.length - 1
    if (row.kind === 'group' || row.kind === 'empty') {
      const group = row.kind === 'group'
      out.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${cellXml(row.text, pt, { cellBorders, width: total, span: widths.length, bold: group, align: group ? 'left' : 'center', keepNext: group || keepNext })}</w:tr>`)
      return
    }
    const spans = row.kind === 'data' ? row.spans : undefined
    let col = 0
    let cells = ''
    row.cells.forEach((text, i) => {
      const span = spans?.[i] ?? 1
      let width = 0
      for (let k = col; k < col + span; k++) width += widths[k] ?? 0
      cells += cellXml(text, pt, { cellBorders, width, span, bold: row.kind === 'total', align: block.columns[col]?.align ?? 'center', keepNext })
      col += span
    })
    out.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>`)
  })
  return out.join('')
}
