import Docxtemplater from 'docxtemplater'
import InspectModule from 'docxtemplater/js/inspect-module.js'
import PizZip from 'pizzip'
import { validationError } from '../../../../shared/api/errors'
import { insertRows, renderDocx } from '../docx/render'
import { tablePt } from '../docx/blocks'
import { tableRowsXml } from '../docx/table-rows-xml'
import type { FormatProfile } from '../format/profile'
import { foreignTag, rowToken, type Templated } from './template-spec'
import { templateErrorMessage } from './template-errors'

/**
 * The Word template of a spec (download), and a template filled with a document's data (docxtemplater: paragraph
 * loops for lists, line breaks for multi-line names), its tables' body rows put where their row tag stood.
 */
export function renderTemplate(templated: Templated, profile: FormatProfile): Promise<Buffer> {
  let table = 0
  return renderDocx(templated.spec, profile, (block, widths, pt) => {
    const rowTag = templated.tables[table++]?.tag ?? 'bang'
    return tableRowsXml({ ...block, keepLastRow: false, rows: [{ kind: 'empty', text: `{${rowTag}}` }] }, widths, pt)
  })
}

function openZip(content: Uint8Array): PizZip {
  try {
    return new PizZip(content)
  } catch {
    throw validationError('Tệp tải lên không phải tệp Word (.docx). Vui lòng chọn tệp .docx đã lưu bằng Word.')
  }
}

/** The template compiled; a bad tag is refused with the tag named. */
export function compileTemplate(content: Uint8Array, inspect?: InspectModule): Docxtemplater {
  const zip = openZip(content)
  if (zip.file('word/document.xml') === null) throw validationError('Tệp tải lên không phải tệp Word (.docx): thiếu phần nội dung văn bản.')
  try {
    return new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, stripInvalidXMLChars: true, nullGetter: () => '', errorLogging: false, ...(inspect ? { modules: [inspect] } : {}) })
  } catch (error) {
    throw validationError(templateErrorMessage(error))
  }
}

/** Every tag name the template uses, loops' inner names included. */
export function templateTags(content: Uint8Array): string[] {
  const inspect = new InspectModule()
  compileTemplate(content, inspect)
  const names = new Set<string>()
  const visit = (tags: Record<string, unknown>) => {
    for (const [name, inner] of Object.entries(tags)) {
      names.add(name)
      if (inner && typeof inner === 'object') visit(inner as Record<string, unknown>)
    }
  }
  visit(inspect.getAllTags())
  return [...names]
}

/** The grid widths of the table holding `at` (the template's own columns, as the office left them). */
function gridBefore(xml: string, at: number): number[] {
  const start = xml.lastIndexOf('<w:tblGrid', at)
  const end = xml.indexOf('</w:tblGrid>', start)
  return [...xml.slice(start, end).matchAll(/<w:gridCol\b[^>]*w:w="(\d+)"/g)].map((m) => Number(m[1]))
}

/** The template filled with a document's data: the XML parts of the result and its bytes. */
export function fillTemplate(content: Uint8Array, templated: Templated, profile: FormatProfile): { parts: Record<string, string>; bytes: Buffer } {
  const inspect = new InspectModule()
  const doc = compileTemplate(content, inspect)
  const foreign = foreignTag(Object.keys(inspect.getAllTags()), templated.data)
  if (foreign !== undefined) {
    throw validationError(
      `Mẫu Word của cơ quan có trường “{${foreign}}” mà văn bản này không có: mẫu được soạn cho một bố cục khác của loại văn bản này (ví dụ danh sách in riêng và danh sách kèm theo văn bản). Hãy tải mẫu Word mới rồi sửa lại, hoặc “Khôi phục mẫu gốc”.`
    )
  }
  try {
    doc.render(templated.data)
  } catch (error) {
    throw validationError(templateErrorMessage(error))
  }
  const zip = doc.getZip()
  let xml = zip.file('word/document.xml')!.asText()
  const rows = new Map<string, string>()
  for (const { tag, block } of templated.tables) {
    const token = rowToken(tag)
    const at = xml.indexOf(token)
    if (at < 0) {
      throw validationError(
        `Mẫu Word của cơ quan không có dòng “{${tag}}” của bảng mà văn bản này cần (mẫu có thể được tạo từ văn bản không có bảng). Hãy tải mẫu Word mới rồi sửa lại, hoặc “Khôi phục mẫu gốc”.`
      )
    }
    const widths = gridBefore(xml, at)
    if (widths.length !== block.columns.length) throw validationError(`Bảng có dòng “{${tag}}” phải giữ đúng ${block.columns.length} cột như mẫu gốc.`)
    rows.set(token, tableRowsXml(block, widths, tablePt(block, profile), true))
  }
  xml = insertRows(xml, rows)
  zip.file('word/document.xml', xml)
  const parts: Record<string, string> = {}
  // What prints: the body, its headers and footers, and the styles (numbering and font tables list fonts no text uses).
  for (const name of Object.keys(zip.files)) if (/^word\/(?:document|styles|header\d*|footer\d*)\.xml$/.test(name)) parts[name] = zip.file(name)!.asText()
  return { parts, bytes: zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }) }
}
