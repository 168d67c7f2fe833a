import { ApiError, validationError } from '../../../../shared/api/errors'
import type { ExportedFile } from '../../../../shared/api/calls/exchange'
import type { TemplateInfo, WordingField } from '../../../../shared/api/calls/document-office'
import type { DocKind, DocSpec } from '../../../../shared/documents/spec'
import { todayInVietnam } from '../../../../shared/text/dates'
import { recordEvent } from '../../audit/audit-log'
import { isoNow, withTransaction, type CoreContext } from '../../context'
import { listYears } from '../../cycle/years'
import { readSource, type ExcelSource } from '../../exchange/import-pipeline'
import { deliverExport } from '../../exchange/write-export'
import { CATALOGUE, catalogueEntry } from '../catalogue'
import { safeFileName, sha256 } from '../document-files'
import { composeFor, prepare } from '../document-service'
import { getFormatProfile } from '../format-profile-store'
import { documentFields, fillChecked } from './template-fill'
import { renderTemplate, templateTags } from './template-docx'
import { FIELD_TAGS, ITEM_TAGS, PAGE_BREAK_TAG, templatize, type TemplateData } from './template-spec'

/**
 * Cài đặt → Mẫu Word: per document type, the built-in layout as a .docx with placeholders, the office's edited copy
 * (checked before it is kept: a .docx, known and balanced tags, a sample fill that keeps the NĐ 30 must-rules), and
 * "Khôi phục mẫu gốc". Generation prints through the kept copy (template-fill.ts).
 */
const UPLOAD_LIMIT = { maxBytes: 3 * 1024 * 1024, tooLarge: 'Tệp mẫu quá lớn (tối đa 3 MB).', fallbackName: 'mau.docx' }

export async function listTemplates(ctx: CoreContext): Promise<TemplateInfo[]> {
  const rows = await ctx.db.selectFrom('document_template').select(['doc_type', 'file_name', 'uploaded_at', 'sha256']).execute()
  return CATALOGUE.map((e) => {
    const row = rows.find((r) => r.doc_type === e.kind)
    return { kind: e.kind, label: e.label, office: row ? { fileName: row.file_name, uploadedAt: row.uploaded_at, sha256: row.sha256 } : null }
  })
}

/**
 * A document of the kind composed from the office's own data, for the layout and the sample fill: the newest year
 * that can make one (a decision needs units awaiting it, certificates recognised units …).
 */
async function sampleOf(ctx: CoreContext, kind: DocKind): Promise<{ spec: DocSpec; fields: WordingField[] }> {
  const years = (await listYears(ctx.db)).map((y) => y.year)
  if (years.length === 0) years.push(Number(todayInVietnam(ctx.now()).slice(0, 4)))
  let refusal: ApiError | null = null
  for (const year of years.slice(0, 5)) {
    // Without a reference first (a list with one is the attached form); the kinds that must cite an upstream
    // document get a stand-in, whose text is data (a tag) in the template.
    for (const reference of [null, `Văn bản số 01/VB ngày 05/01/${year}`]) {
      try {
        const { request } = await prepare(ctx, { kind, year, areaId: null, unitType: null, reference })
        const composed = await composeFor(ctx, request)
        return { spec: composed.spec, fields: await documentFields(ctx, request, composed.facts) }
      } catch (error) {
        if (!(error instanceof ApiError)) throw error
        refusal ??= error
      }
    }
  }
  throw validationError(`Chưa tạo được mẫu ${catalogueEntry(kind).label.toLocaleLowerCase('vi-VN')} từ dữ liệu hiện có: ${refusal?.message ?? ''}`)
}

export async function downloadTemplate(ctx: CoreContext, kind: DocKind, file?: string): Promise<ExportedFile> {
  const { spec, fields } = await sampleOf(ctx, kind)
  const bytes = await renderTemplate(templatize(spec, fields), await getFormatProfile(ctx))
  return deliverExport(bytes, 0, `${safeFileName(`Mẫu ${catalogueEntry(kind).label}`)}.docx`, file)
}

/** Every name a template of this kind may use: its data's, the loop items' and the computed figures'. */
function knownTags(data: TemplateData): Set<string> {
  const names = new Set<string>([...ITEM_TAGS, PAGE_BREAK_TAG, ...Object.values(FIELD_TAGS)])
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        names.add(key)
        visit(inner)
      }
    }
  }
  visit(data)
  return names
}

export async function uploadTemplate(ctx: CoreContext, input: { kind: DocKind } & ExcelSource): Promise<TemplateInfo[]> {
  const { content, fileName } = readSource(input, UPLOAD_LIMIT)
  if (!/\.docx$/iu.test(fileName)) throw validationError(`Tệp “${fileName}” không phải tệp Word (.docx). Vui lòng chọn tệp .docx.`)
  const { spec, fields } = await sampleOf(ctx, input.kind)
  const known = knownTags(templatize(spec, fields).data)
  const unknown = templateTags(content).find((name) => !known.has(name))
  if (unknown !== undefined) throw validationError(`Mẫu có trường “{${unknown}}” mà ứng dụng không biết. Hãy dùng đúng tên trường như trong mẫu gốc, hoặc xóa trường đó.`)
  // Filled with the sample, the template must keep the must-rules; nothing is kept when it does not.
  fillChecked(content, spec, fields, await getFormatProfile(ctx))
  const now = isoNow(ctx)
  const hash = sha256(content)
  await withTransaction(ctx, async (trx, tctx) => {
    await trx
      .insertInto('document_template')
      .values({ doc_type: input.kind, file_name: fileName, content, sha256: hash, uploaded_at: now })
      .onConflict((oc) => oc.column('doc_type').doUpdateSet({ file_name: fileName, content, sha256: hash, uploaded_at: now }))
      .execute()
    await recordEvent(tctx, 'TEMPLATE_UPLOAD', { kind: input.kind, file: fileName, sha256: hash })
  })
  return listTemplates(ctx)
}

export async function resetTemplate(ctx: CoreContext, kind: DocKind): Promise<TemplateInfo[]> {
  await withTransaction(ctx, async (trx, tctx) => {
    const removed = await trx.deleteFrom('document_template').where('doc_type', '=', kind).executeTakeFirst()
    if (Number(removed.numDeletedRows) > 0) await recordEvent(tctx, 'TEMPLATE_RESET', { kind })
  })
  return listTemplates(ctx)
}
