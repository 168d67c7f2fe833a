import type { DocKind, DocSpec } from '../../../../shared/documents/spec'
import { QUOC_HIEU, TIEU_NGU } from '../format/official-text'
import { TNR } from '../docx/primitives'

/**
 * The NĐ 30 must-rules (documents.md §1.4) a file filled from an office's Word template is checked against before
 * it is saved: what Word lets a user break by editing — the font, sizes, the Quốc hiệu block, the Số line, the
 * page. Read from the parts' XML text; the first broken rule is named with its ID.
 */
export interface BrokenRule {
  rule: string
  message: string
}

const SO = /^Số:(?: (?:0[1-9]|[1-9]\d+)| {5,})\/[\p{L}\d]+(?:-[\p{L}\d]+)+$/u
const SIZES = new Set([22, 24, 26, 28])
/** The certificate's relaxed sizes (documents.md §5 CHK-SIZE): up to 26 pt. */
const CERTIFICATE_MAX = 52

const decode = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** The text of every paragraph of a part, tabs as "\t". */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? '\t' : decode(m[1]))).join('').normalize('NFC')
  )
}

const attr = (tag: string, name: string): string | null => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null

function fontProblem(parts: Record<string, string>): string | null {
  for (const [name, part] of Object.entries(parts)) {
    // Of the styles, the document defaults every run inherits; a style no paragraph uses (Word keeps its heading
    // styles, with theme fonts and colours) prints nothing.
    const xml = name === 'word/styles.xml' ? (/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(part)?.[0] ?? '') : part
    for (const m of xml.matchAll(/<w:rFonts\b[^>]*>/g)) {
      if (/Theme=/.test(m[0])) return 'phông chữ theo chủ đề (theme) của Word'
      for (const slot of ['w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs']) {
        const font = attr(m[0], slot)
        if (font !== null && font !== TNR) return `phông “${font}”`
      }
    }
    for (const m of xml.matchAll(/<w:color\b[^>]*>/g)) {
      const color = attr(m[0], 'w:val')
      if (color !== null && !/^(auto|000000)$/i.test(color)) return `màu chữ #${color}`
    }
  }
  return null
}

function sizeProblem(xml: string, kind: DocKind): number | null {
  for (const m of xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)) {
    const size = Number(m[1])
    // The tiny closing paragraphs and rules are 1 pt (size 2) and carry no text.
    if (size <= 2) continue
    if (kind === 'DOC-GCN' ? size > CERTIFICATE_MAX || size < 22 : !SIZES.has(size)) return size / 2
  }
  return null
}

function pageProblem(xml: string): BrokenRule | null {
  for (const m of xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)) {
    const size = /<w:pgSz\b[^>]*>/.exec(m[0])?.[0] ?? ''
    const [w, h] = [Number(attr(size, 'w:w')), Number(attr(size, 'w:h'))]
    if (!((w === 11906 && h === 16838) || (w === 16838 && h === 11906))) return { rule: 'ND30-PAPER', message: 'khổ giấy phải là A4' }
    const margin = /<w:pgMar\b[^>]*>/.exec(m[0])?.[0] ?? ''
    const within = (name: string, min: number, max: number) => {
      const v = Number(attr(margin, name))
      return v >= min && v <= max
    }
    if (!(within('w:top', 1134, 1417) && within('w:bottom', 1134, 1417) && within('w:left', 1701, 1984) && within('w:right', 850, 1134))) {
      return { rule: 'ND30-MARGINS', message: 'lề trên, dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm' }
    }
  }
  return null
}

/** Whether the built-in layout prints a Số line (a list or the minutes template has none). */
const printsNumber = (spec: DocSpec): boolean => spec.sections.some((s) => s.blocks.some((b) => b.kind === 'header' && b.numberLine !== undefined))

/** The first must-rule the filled file of `spec` breaks, or null. `parts` are the XML parts of the .docx by name. */
export function brokenRule(parts: Record<string, string>, spec: DocSpec): BrokenRule | null {
  const kind = spec.kind
  const document = parts['word/document.xml'] ?? ''
  const font = fontProblem(parts)
  if (font) return { rule: 'ND30-FONT', message: `mọi chữ phải là phông Times New Roman, màu đen; mẫu dùng ${font}` }
  const size = sizeProblem(document, kind)
  if (size !== null) return { rule: 'ND30-SIZES', message: `cỡ chữ ${String(size).replace('.', ',')} pt không thuộc cỡ chữ cho phép (11–14 pt)` }
  const page = pageProblem(document)
  if (page) return page
  const texts = paragraphTexts(document).map((t) => t.trim())
  if (!texts.includes(QUOC_HIEU)) return { rule: 'ND30-QUOC-HIEU', message: `thiếu Quốc hiệu “${QUOC_HIEU}” đúng nguyên văn` }
  if (!texts.includes(TIEU_NGU)) return { rule: 'ND30-TIEU-NGU', message: `thiếu Tiêu ngữ “${TIEU_NGU}” đúng nguyên văn` }
  if (printsNumber(spec) && !texts.some((t) => SO.test(t))) return { rule: 'ND30-SO-KY-HIEU', message: 'thiếu dòng “Số: …/…” (số và ký hiệu văn bản)' }
  return null
}

/** The rule as the office reads it: "… vi phạm quy định ND30-FONT (Nghị định 30/2020): …". */
export function ruleMessage(broken: BrokenRule): string {
  return `Văn bản tạo từ mẫu không đúng thể thức Nghị định 30/2020/NĐ-CP, quy tắc ${broken.rule}: ${broken.message}.`
}
