import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  TableBorders,
  TextRun
} from 'docx'
import { clean } from '../format/official-text'

/** Times New Roman in all four rFonts slots (ND30-FONT): a missing slot falls back to the theme font. */
export const TNR = 'Times New Roman'
export const FONT = { ascii: TNR, hAnsi: TNR, eastAsia: TNR, cs: TNR } as const
export const LANGUAGE = { value: 'vi-VN' } as const

export interface RunStyle {
  pt: number
  bold?: boolean
  italic?: boolean
}

export function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text: clean(text),
    font: FONT,
    size: style.pt * 2,
    bold: style.bold === true,
    italics: style.italic === true,
    language: LANGUAGE
  })
}

export function tabRun(pt: number): TextRun {
  return new TextRun({ children: ['\t'], font: FONT, size: pt * 2, language: LANGUAGE })
}

/** Single spacing for the header block, tables, Nơi nhận and signature (documents.md §1.1). */
export const SINGLE = { line: 240, lineRule: LineRuleType.AUTO } as const

export function centered(children: TextRun[], options: { beforeTwips?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: options.beforeTwips ?? 0, after: 0, ...SINGLE },
    keepNext: options.keepNext ?? false,
    children
  })
}

/**
 * A short solid rule: an empty paragraph with a bottom border, centred by equal indents inside `containerWidth`
 * (documents.md §6 "Rules under headings"). Never underscores or underlined runs.
 */
export function rule(length: number, containerWidth: number): Paragraph {
  const len = Math.max(200, Math.min(Math.round(length), containerWidth))
  const side = Math.floor((containerWidth - len) / 2)
  return new Paragraph({
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { before: 0, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: containerWidth - len - side },
    run: { size: 2, font: FONT },
    children: []
  })
}

/** The tiny paragraph that closes a section after a table, so no empty page follows (documents.md §6). */
export function sectionEnd(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 2, font: FONT },
    children: []
  })
}

export const NO_BORDERS = TableBorders.NONE
export const ZERO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 } as const
