import { AlignmentType, Document, Header, NumberFormat, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { validationError } from '../../../../shared/api/errors'
import { checkProfile, pageGeometry, type FormatProfile } from '../format/profile'
import type { Block, DocSpec, SectionSpec } from '../../../../shared/documents/spec'
import { renderBlock, type BlockContext } from './blocks'
import { FONT, LANGUAGE, sectionEnd } from './primitives'

/** Refuses an illegal profile before anything is written, naming the rule (documents.md §1.3). */
export function assertLegalProfile(profile: FormatProfile): void {
  const violations = checkProfile(profile)
  if (violations.length > 0) {
    const fields = Object.fromEntries(violations.map((v) => [`profile.${v.field}`, v.message]))
    throw validationError(`Thể thức văn bản không hợp lệ: ${violations.map((v) => v.message).join(' ')}`, fields)
  }
}

function pageNumberHeaders(profile: FormatProfile) {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 0 },
          children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: profile.pageNumberPt * 2, language: LANGUAGE })]
        })
      ]
    }),
    // The first page of each section carries no number (ND30-PAGE-NUMBER).
    first: new Header({ children: [new Paragraph({ children: [] })] })
  }
}

/**
 * ND30-SIGNATURE: the signature block never stands alone on a page — the last content paragraph before it (and the
 * last row of a list just above that paragraph) move with it.
 */
export function keptWithSignature(blocks: Block[]): Block[] {
  const out = [...blocks]
  const at = out.findIndex((b) => b.kind === 'signature')
  if (at <= 0) return out
  const before = out[at - 1]!
  if (before.kind === 'paragraph' || before.kind === 'article') {
    out[at - 1] = { ...before, keepNext: true }
    const table = out[at - 2]
    if (table?.kind === 'table') out[at - 2] = { ...table, keepLastRow: true }
  } else if (before.kind === 'table') out[at - 1] = { ...before, keepLastRow: true }
  return out
}

type RowsXml = BlockContext['rowsXml']

function section(spec: SectionSpec, profile: FormatProfile, deferredRows: Map<string, string>, rowsXml: RowsXml): ISectionOptions {
  const page = pageGeometry(profile, spec.landscape === true)
  const ctx: BlockContext = { profile, page, lineSpacing: spec.lineSpacing ?? profile.lineSpacing, deferredRows, ...(rowsXml ? { rowsXml } : {}) }
  const children = keptWithSignature(spec.blocks).flatMap((block) => renderBlock(block, ctx))
  children.push(sectionEnd())
  return {
    properties: {
      titlePage: spec.pageNumbers,
      page: {
        // The package swaps portrait values for landscape; documents.md §6 asks a test to assert the result.
        size: { width: 11906, height: 16838, orientation: spec.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right, header: 567, footer: 567, gutter: 0 },
        pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL }
      }
    },
    ...(spec.pageNumbers ? { headers: pageNumberHeaders(profile) } : {}),
    children
  }
}

/** The docx Document of a spec, checked against the profile's legal ranges first; data-table rows go to `deferredRows`. */
export function toDocument(spec: DocSpec, profile: FormatProfile, deferredRows: Map<string, string> = new Map(), rowsXml?: RowsXml): Document {
  assertLegalProfile(profile)
  return new Document({
    creator: 'ANTT Desk',
    title: spec.title,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: profile.bodyPt * 2, language: LANGUAGE },
          paragraph: { spacing: { before: 0, after: 0, line: Math.round(240 * profile.lineSpacing) } }
        }
      }
    },
    sections: spec.sections.map((s) => section(s, profile, deferredRows, rowsXml))
  })
}

type PackageFiles = Map<string, string | Uint8Array>
interface Compiler {
  compile(file: Document): PackageFiles
}

/** The package's parts before zipping (docx 9's Packer.compiler; pinned version), or unzipped from its buffer. */
async function packageFiles(doc: Document): Promise<PackageFiles> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler
  if (compiler && typeof compiler.compile === 'function') return compiler.compile(doc)
  return new Map(Object.entries(unzipSync(await Packer.toBuffer(doc))))
}

/** Puts each table's body rows where its token row stands. */
export function insertRows(xml: string, deferredRows: Map<string, string>): string {
  let out = xml
  for (const [token, rows] of deferredRows) {
    const at = out.indexOf(token)
    if (at < 0) throw new Error(`row token ${token} not found`)
    // A row written by the package is "<w:tr>"; one saved by Word carries attributes ("<w:tr w:rsidR=…>").
    const start = Math.max(out.lastIndexOf('<w:tr>', at), out.lastIndexOf('<w:tr ', at))
    const end = out.indexOf('</w:tr>', at) + '</w:tr>'.length
    out = out.slice(0, start) + rows + out.slice(end)
  }
  return out
}

/** The .docx of a spec; `rowsXml` writes the tables' body rows (a Word template writes its row tags). */
export async function renderDocx(spec: DocSpec, profile: FormatProfile, rowsXml?: RowsXml): Promise<Buffer> {
  const deferredRows = new Map<string, string>()
  const files = await packageFiles(toDocument(spec, profile, deferredRows, rowsXml))
  const parts: Record<string, Uint8Array> = {}
  for (const [name, data] of files) {
    const bytes = typeof data === 'string' ? strToU8(data) : data
    parts[name] = name === 'word/document.xml' ? strToU8(insertRows(typeof data === 'string' ? data : strFromU8(data), deferredRows)) : bytes
  }
  // fflate, as the package zips (default level).
  return Buffer.from(zipSync(parts))
}

