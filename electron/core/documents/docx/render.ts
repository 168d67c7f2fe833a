import { AlignmentType, Document, Header, NumberFormat, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx'
import { validationError } from '../../../../shared/api/errors'
import { checkProfile, pageGeometry, type FormatProfile } from '../format/profile'
import type { DocSpec, SectionSpec } from '../../../../shared/documents/spec'
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

function section(spec: SectionSpec, profile: FormatProfile): ISectionOptions {
  const page = pageGeometry(profile, spec.landscape === true)
  const ctx: BlockContext = { profile, page, lineSpacing: spec.lineSpacing ?? profile.lineSpacing }
  const children = spec.blocks.flatMap((block) => renderBlock(block, ctx))
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

/** The docx Document of a spec, checked against the profile's legal ranges first. */
export function toDocument(spec: DocSpec, profile: FormatProfile): Document {
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
    sections: spec.sections.map((s) => section(s, profile))
  })
}

export async function renderDocx(spec: DocSpec, profile: FormatProfile): Promise<Buffer> {
  return Packer.toBuffer(toDocument(spec, profile))
}

