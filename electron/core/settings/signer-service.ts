import type { z } from 'zod'
import type { SignerRow, signerInput } from '../../../shared/api/calls/settings'
import { notFound } from '../../../shared/api/errors'
import { isoNow, toBit, withTransaction, type CoreContext } from '../context'
import { recordChange, snapshot } from '../audit/audit-log'
import type { Selectable } from 'kysely'
import type { SignerTable } from '../db/schema'

type SignerValues = z.output<typeof signerInput>

function toSignerRow(row: Selectable<SignerTable>): SignerRow {
  return {
    id: row.id,
    name: row.name,
    body: row.body,
    authorityPrefix: row.authority_prefix,
    authorityLine: row.authority_line,
    titleLine: row.title_line,
    rank: row.rank,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    isSample: row.is_sample === 1
  }
}

function columns(values: SignerValues) {
  return {
    name: values.name,
    body: values.body,
    authority_prefix: values.authorityPrefix,
    authority_line: values.authorityPrefix === '' ? null : values.authorityLine,
    title_line: values.titleLine,
    rank: values.rank,
    valid_from: values.validFrom,
    valid_to: values.validTo
  }
}

export async function listSigners(ctx: CoreContext): Promise<SignerRow[]> {
  const rows = await ctx.db.selectFrom('signer').selectAll().orderBy('body').orderBy('id').execute()
  return rows.map(toSignerRow)
}

export async function createSigner(ctx: CoreContext, values: SignerValues, isSample = false): Promise<SignerRow> {
  return withTransaction(ctx, async (trx, tctx) => {
    const now = isoNow(ctx)
    const row = await trx
      .insertInto('signer')
      .values({ ...columns(values), is_sample: toBit(isSample), created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow()
    await recordChange(tctx, 'signer', row.id, null)
    return toSignerRow(row)
  })
}

export async function updateSigner(ctx: CoreContext, id: number, values: SignerValues): Promise<SignerRow> {
  return withTransaction(ctx, async (trx, tctx) => {
    const before = await snapshot(trx, 'signer', id)
    const row = await trx
      .updateTable('signer')
      .set({ ...columns(values), is_sample: 0, updated_at: isoNow(ctx) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst()
    if (!row) throw notFound('Không tìm thấy người ký.')
    await recordChange(tctx, 'signer', id, before)
    return toSignerRow(row)
  })
}

export async function deleteSigner(ctx: CoreContext, id: number): Promise<{ deleted: true }> {
  return withTransaction(ctx, async (trx, tctx) => {
    const before = await snapshot(trx, 'signer', id)
    const result = await trx.deleteFrom('signer').where('id', '=', id).executeTakeFirst()
    if (Number(result.numDeletedRows) === 0) throw notFound('Không tìm thấy người ký.')
    await recordChange(tctx, 'signer', id, before)
    return { deleted: true as const }
  })
}
