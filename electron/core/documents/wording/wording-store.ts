import { validationError } from '../../../../shared/api/errors'
import type { OfficeWording } from '../../../../shared/api/calls/document-office'
import type { DocKind } from '../../../../shared/documents/spec'
import { isoNow, withTransaction, type CoreContext } from '../../context'
import { recordChange, snapshot } from '../../audit/audit-log'
import { checkFields, FIELD_HINTS, FIELD_NAMES } from './fields'
import { wordingParts } from '../../../../shared/documents/wording-parts'

/** The office's saved texts of one type, by part; a part without a row uses the built-in wording. */
export async function officeTexts(ctx: CoreContext, kind: DocKind): Promise<Record<string, string>> {
  const rows = await ctx.db.selectFrom('document_wording').select(['part', 'wording']).where('doc_type', '=', kind).execute()
  return Object.fromEntries(rows.map((r) => [r.part, r.wording]))
}

export async function getWording(ctx: CoreContext, kind: DocKind): Promise<OfficeWording> {
  return {
    kind,
    parts: wordingParts(kind),
    texts: await officeTexts(ctx, kind),
    fields: FIELD_NAMES.map((name) => ({ name, hint: FIELD_HINTS[name] }))
  }
}

/**
 * Saves the office's texts of one type (an empty text goes back to the built-in wording). Every text is checked
 * first — a field name the app does not know, or a "{" without its "}", refuses the whole save with the name — and
 * each changed row is audited like the other settings.
 */
export async function saveWording(ctx: CoreContext, kind: DocKind, texts: Record<string, string>): Promise<OfficeWording> {
  const parts = wordingParts(kind)
  const fields: Record<string, string> = {}
  for (const [part, text] of Object.entries(texts)) {
    const info = parts.find((p) => p.part === part)
    if (!info) throw validationError('Phần văn bản này không có trong mẫu của loại văn bản đã chọn.')
    const { unknown, unbalanced } = checkFields(text)
    if (unknown.length > 0) fields[part] = `${info.label}: không có trường “{${unknown[0]}}”. Chọn trường trong danh sách bên dưới.`
    else if (unbalanced) fields[part] = `${info.label}: dấu ngoặc “{ }” chưa đóng, mở đủ cặp.`
  }
  const problems = Object.values(fields)
  if (problems.length > 0) throw validationError(problems[0]!, fields)
  await withTransaction(ctx, async (trx, tctx) => {
    const existing = await trx.selectFrom('document_wording').selectAll().where('doc_type', '=', kind).execute()
    for (const { part } of parts) {
      const text = (texts[part] ?? '').trim()
      const row = existing.find((r) => r.part === part)
      if (row && text === row.wording) continue
      const before = row ? await snapshot(trx, 'document_wording', row.id) : null
      if (row && text === '') {
        await trx.deleteFrom('document_wording').where('id', '=', row.id).execute()
        await recordChange(tctx, 'document_wording', row.id, before)
      } else if (row) {
        await trx.updateTable('document_wording').set({ wording: text, updated_at: isoNow(ctx) }).where('id', '=', row.id).execute()
        await recordChange(tctx, 'document_wording', row.id, before)
      } else if (text !== '') {
        const inserted = await trx.insertInto('document_wording').values({ doc_type: kind, part, wording: text, updated_at: isoNow(ctx) }).returningAll().executeTakeFirstOrThrow()
        await recordChange(tctx, 'document_wording', inserted.id, null, null, inserted)
      }
    }
  })
  return getWording(ctx, kind)
}
