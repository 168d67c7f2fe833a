/**
 * A document as a tree of NĐ 30 blocks. Builders produce it from typed data; `docx/render.ts` turns it into a Word
 * file and the Văn bản page draws the same tree as its preview, so what the user sees is what gets written.
 */

/** The DOC-* kinds of documents.md §4. */
export const DOC_KINDS = [
  'DOC-CV-DONDOC',
  'DOC-DS-DANGKY',
  'DOC-BC-KETQUA',
  'DOC-TTR-CONGNHAN',
  'DOC-QD-CONGNHAN',
  'DOC-GCN',
  'DOC-BB-HOP'
] as const
export type DocKind = (typeof DOC_KINDS)[number]

export interface Run {
  text: string
  bold?: boolean
  italic?: boolean
  /** A figure computed from the data; the preview highlights it. */
  computed?: boolean
}

export interface HeaderBlock {
  kind: 'header'
  /** Parent body lines (regular), may be empty. */
  parentLines: string[]
  /** Issuing body lines (bold). */
  issuerLines: string[]
  /** The lines whose width sets the rule below, when the printed lines are a Word template's tags. */
  ruleLines?: string[]
  /** Row 2; absent for an attached list (row 1 only) and for the minutes template. */
  numberLine?: string
  dateLine?: string
  /** Công văn only: "V/v …" lines under Số. */
  vvLines?: string[]
  /** "DỮ LIỆU MẪU" above the header when the data is the sample (domain.md §10). */
  sampleMark?: boolean
}

export interface TitleBlock {
  kind: 'title'
  typeName: string
  subjectLines: string[]
  /** The lines whose width sets the rule below, when the printed lines are a Word template's tags. */
  ruleLines?: string[]
  /** Larger sizes for the certificate (DOC-GCN relaxed sizes). */
  typeNamePt?: number
  noRule?: boolean
}

export interface CenteredBlock {
  kind: 'centered'
  runs: Run[]
  pt?: number
  /** Certificate title sizes beyond the body range. */
  beforePt?: number
  /** "body" size unless given. */
  sizeRole?: 'body' | 'title'
}

export interface KinhGuiBlock {
  kind: 'kinhGui'
  addressees: string[]
  /** The items carry their own "- " and ";"/"." (a Word template's loop paragraphs). */
  punctuated?: boolean
}

export interface CanCuBlock {
  kind: 'canCu'
  lines: string[]
  /** Tờ trình cites its basis upright. */
  upright?: boolean
}

export interface ParagraphBlock {
  kind: 'paragraph'
  runs: Run[]
  /** Body paragraphs are justified with the first-line indent; a heading is the same with bold. */
  role?: 'body' | 'heading'
  /** Dotted blank to the right margin (the minutes template). */
  dottedTail?: boolean
  /** Extra line spacing override (minutes template uses 1.5). */
  lineSpacing?: number
  /** Kept on the page of what follows (the last content line before the signature). */
  keepNext?: boolean
}

/** Under the header of a document made from the sample data (domain.md §10). */
export const SAMPLE_MARK = '(DỮ LIỆU MẪU — không dùng để ban hành)'

/** "Điều N." or "Điều N. Title", the bold head of an article (ND30-DIEU). */
export const articleHead = (block: { number: number; title?: string | undefined }): string => (block.title ? `Điều ${block.number}. ${block.title}` : `Điều ${block.number}.`)

export interface ArticleBlock {
  kind: 'article'
  number: number
  title?: string
  text: string
  keepNext?: boolean
}

export interface TableColumn {
  title: string
  width: number
  align?: 'left' | 'center'
}

export interface TableGroupHeader {
  /** Two-row headers: the group title spanning `span` columns starting at `from`. */
  from: number
  span: number
  title: string
}

export type TableRow =
  | { kind: 'data'; cells: string[]; /** Column span of each cell (default 1). */ spans?: number[] }
  | { kind: 'group'; text: string }
  | { kind: 'total'; cells: string[] }
  | { kind: 'empty'; text: string }

export interface TableBlock {
  kind: 'table'
  columns: TableColumn[]
  groups?: TableGroupHeader[]
  rows: TableRow[]
  /** Heading paragraph above the table, e.g. "Bảng 1. …". */
  caption?: string
  /** Statistics tables with many narrow columns use at most this size (12 pt is legal for tables). */
  maxPt?: number
  /** The last row is kept on the page of what follows (a list's closing line and its signature). */
  keepLastRow?: boolean
}

export interface SignatureBlock {
  kind: 'signature'
  /** "Nơi nhận:" items without the leading "- "; empty for documents without it. */
  recipients: string[]
  /** The recipient items carry their own "- " and ";"/"." (a Word template's loop paragraphs). */
  punctuated?: boolean
  /** Authority line with its prefix ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"), if any. */
  authorityLine?: string
  titleLine: string
  name: string
  /** Rank before the name (police rules, setting). */
  rank?: string
  /** The minutes template: two signatures side by side, no Nơi nhận. */
  leftTitle?: string
  leftName?: string
  hint?: string
  /** The certificate: "Số vào sổ: …" on the left, the dated place line above the title on the right. */
  leftNote?: string
  dateLine?: string
}

export interface AppendixHeadingBlock {
  kind: 'appendixHeading'
  label: string
  titleLines: string[]
  attachLine?: string
  /** The lines whose width sets the rule below, when the printed lines are a Word template's tags. */
  ruleLines?: string[]
}

export type Block =
  | HeaderBlock
  | TitleBlock
  | CenteredBlock
  | KinhGuiBlock
  | CanCuBlock
  | ParagraphBlock
  | ArticleBlock
  | TableBlock
  | SignatureBlock
  | AppendixHeadingBlock

export interface SectionSpec {
  landscape?: boolean
  /** Page numbers in the header from page 2 (ND30-PAGE-NUMBER); off for certificates. */
  pageNumbers: boolean
  /** The minutes template's 1.5 spacing for handwriting. */
  lineSpacing?: number
  blocks: Block[]
}

export interface DocSpec {
  kind: DocKind
  /** Used for the file name and the register. */
  title: string
  sections: SectionSpec[]
}
