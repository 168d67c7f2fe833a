import { DOMParser } from '@xmldom/xmldom'
import { strFromU8, unzipSync } from 'fflate'

/**
 * A small reader for the OOXML the generator writes: unzips with fflate (the zip library the docx package uses) and
 * parses with @xmldom/xmldom. Properties are read as written (direct formatting): the generator never relies on a
 * style chain beyond docDefaults, which the tests read separately.
 */
export type El = Element

export interface Docx {
  files: Record<string, Uint8Array>
  xml(name: string): Document
  body: El
  /** Top-level body children (w:p, w:tbl, w:sectPr). */
  blocks: El[]
  sections: El[]
  headers: Record<string, Document>
}

export function readDocx(buffer: Uint8Array): Docx {
  const files = unzipSync(buffer)
  const xml = (name: string) => {
    const file = files[name]
    if (!file) throw new Error(`missing part ${name}`)
    return new DOMParser().parseFromString(strFromU8(file), 'text/xml')
  }
  const doc = xml('word/document.xml')
  const body = doc.getElementsByTagName('w:body')[0]!
  const blocks = children(body)
  const headers: Record<string, Document> = {}
  for (const name of Object.keys(files)) if (/^word\/header\d+\.xml$/.test(name)) headers[name] = xml(name)
  return { files, xml, body, blocks, sections: all(doc.documentElement!, 'w:sectPr'), headers }
}

export function children(el: El, tag?: string): El[] {
  const out: El[] = []
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (!tag || (n as El).tagName === tag)) out.push(n as El)
  return out
}

export function all(el: El | Document, tag: string): El[] {
  return Array.from((el as El).getElementsByTagName(tag))
}

export function child(el: El | undefined, tag: string): El | undefined {
  return el ? children(el, tag)[0] : undefined
}

export const attr = (el: El | undefined, name: string): string | null => (el && el.hasAttribute(name) ? el.getAttribute(name) : null)

/** Text of a paragraph, tabs as "\t". */
export function text(p: El): string {
  let out = ''
  for (const r of all(p, 'w:r')) {
    for (const c of children(r)) {
      if (c.tagName === 'w:t') out += c.textContent ?? ''
      if (c.tagName === 'w:tab') out += '\t'
    }
  }
  return out
}

export interface RunProps {
  text: string
  size: number | null
  sizeCs: number | null
  bold: boolean
  italic: boolean
  fonts: Record<string, string | null>
  themeFonts: boolean
  color: string | null
}

function on(el: El | undefined): boolean {
  if (!el) return false
  const v = attr(el, 'w:val')
  return v === null || v === 'true' || v === '1' || v === 'on'
}

export function runs(p: El): RunProps[] {
  return all(p, 'w:r').map((r) => {
    const rPr = child(r, 'w:rPr')
    const fonts = child(rPr, 'w:rFonts')
    const sz = child(rPr, 'w:sz')
    const szCs = child(rPr, 'w:szCs')
    const t = children(r).map((c) => (c.tagName === 'w:t' ? c.textContent ?? '' : c.tagName === 'w:tab' ? '\t' : '')).join('')
    return {
      text: t,
      size: sz ? Number(attr(sz, 'w:val')) : null,
      sizeCs: szCs ? Number(attr(szCs, 'w:val')) : null,
      bold: on(child(rPr, 'w:b')),
      italic: on(child(rPr, 'w:i')),
      fonts: { ascii: attr(fonts, 'w:ascii'), hAnsi: attr(fonts, 'w:hAnsi'), eastAsia: attr(fonts, 'w:eastAsia'), cs: attr(fonts, 'w:cs') },
      themeFonts: fonts ? Array.from(fonts.attributes).some((a) => /Theme$/.test(a.name)) : false,
      color: attr(child(rPr, 'w:color'), 'w:val')
    }
  })
}

export function paragraphProps(p: El) {
  const pPr = child(p, 'w:pPr')
  const spacing = child(pPr, 'w:spacing')
  const ind = child(pPr, 'w:ind')
  return {
    jc: attr(child(pPr, 'w:jc'), 'w:val'),
    before: Number(attr(spacing, 'w:before') ?? 0),
    after: Number(attr(spacing, 'w:after') ?? 0),
    line: spacing && attr(spacing, 'w:line') ? Number(attr(spacing, 'w:line')) : null,
    lineRule: attr(spacing, 'w:lineRule'),
    firstLine: ind && attr(ind, 'w:firstLine') ? Number(attr(ind, 'w:firstLine')) : null,
    hasBottomBorder: child(child(pPr, 'w:pBdr'), 'w:bottom') !== undefined,
    indentLeft: Number(attr(ind, 'w:left') ?? 0),
    indentRight: Number(attr(ind, 'w:right') ?? 0),
    keepNext: child(pPr, 'w:keepNext') !== undefined && attr(child(pPr, 'w:keepNext'), 'w:val') !== 'false'
  }
}

/** Rows → cells → paragraphs of a table (nested tables are not used by the generator). */
export function tableCells(tbl: El): El[][] {
  return children(tbl, 'w:tr').map((tr) => children(tr, 'w:tc'))
}

export function cellParagraphs(tc: El): El[] {
  return children(tc, 'w:p')
}

export function tableProps(tbl: El) {
  const tblPr = child(tbl, 'w:tblPr')
  const tblW = child(tblPr, 'w:tblW')
  const grid = children(child(tbl, 'w:tblGrid')!, 'w:gridCol').map((g) => Number(attr(g, 'w:w')))
  const borders = child(tblPr, 'w:tblBorders')
  const borderStyles = borders ? children(borders).map((b) => attr(b, 'w:val')) : []
  return {
    width: Number(attr(tblW, 'w:w')),
    widthType: attr(tblW, 'w:type'),
    grid,
    layout: attr(child(tblPr, 'w:tblLayout'), 'w:type'),
    borderless: borderStyles.length > 0 && borderStyles.every((v) => v === 'none' || v === 'nil'),
    rows: children(tbl, 'w:tr').map((tr) => {
      const trPr = child(tr, 'w:trPr')
      return {
        header: child(trPr, 'w:tblHeader') !== undefined,
        cantSplit: child(trPr, 'w:cantSplit') !== undefined,
        cells: children(tr, 'w:tc').map((tc) => {
          const tcPr = child(tc, 'w:tcPr')
          const w = child(tcPr, 'w:tcW')
          return {
            width: Number(attr(w, 'w:w')),
            widthType: attr(w, 'w:type'),
            span: Number(attr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1),
            endsWithParagraph: children(tc).at(-1)?.tagName === 'w:p'
          }
        })
      }
    })
  }
}
