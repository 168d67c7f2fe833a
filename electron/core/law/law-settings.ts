import type { Kysely } from 'kysely'
import type { z } from 'zod'
import type { citationSave, DeadlineReading, LawSettings } from '../../../shared/api/calls/law'
import { validationError } from '../../../shared/api/errors'
import { getMeta, setMeta } from '../app/meta'
import { changeEntry } from '../audit/audit-log'
import { withTransaction, type CoreContext } from '../context'
import { recordEntries, yearLabel } from '../cycle/cycle-audit'
import { regulationById } from '../../../shared/domain/cycle/regulations'
import { defaultYearDeadlines } from '../../../shared/domain/cycle/deadlines'
import type { CommuneAuthorityChoice } from '../../../shared/domain/cycle/authority-choice'
import type { Database } from '../db/schema'
import { allCitations, checkCitationOverride, citationText, editableCitations, type CitationOverrides } from '../documents/year/legal-basis'

const KEY = 'law.settings'

interface Stored {
  deadlineReading: DeadlineReading
  communeAuthority: CommuneAuthorityChoice
  citations: CitationOverrides
}

const DEFAULTS: Stored = { deadlineReading: 'INCLUSIVE', communeAuthority: 'UBND_TINH', citations: {} }

/** The office's legal choices (app_meta JSON): the reading of “trước ngày”, corrections of unverified citations. */
export async function loadLawSettings(db: Kysely<Database>): Promise<Stored> {
  const raw = await getMeta(db, KEY)
  if (!raw) return DEFAULTS
  try {
    return { ...DEFAULTS, ...(JSON.parse(raw) as Partial<Stored>) }
  } catch {
    return DEFAULTS
  }
}

function view(stored: Stored): LawSettings {
  return {
    deadlineReading: stored.deadlineReading,
    communeAuthority: stored.communeAuthority,
    citations: allCitations().map((c) => {
      const own = c.status === 'U' ? stored.citations[c.number!] : undefined
      const value = own ? { ...c, ...own, status: 'OFFICE_ENTERED' as const } : c
      return { ...value, shipped: c.number!, text: citationText(value), editable: c.status === 'U' }
    })
  }
}

export async function getLawSettings(ctx: CoreContext): Promise<LawSettings> {
  return view(await loadLawSettings(ctx.db))
}

async function write(ctx: CoreContext, next: Stored, field: string, label: string): Promise<LawSettings> {
  return withTransaction(ctx, async (trx, tctx) => {
    const before = await loadLawSettings(trx)
    await setMeta(trx, KEY, JSON.stringify(next))
    recordEntries(tctx, [changeEntry('law_settings', null, label, { [field]: JSON.stringify(fieldOf(before, field)) }, { [field]: JSON.stringify(fieldOf(next, field)) })])
    return view(next)
  })
}

function fieldOf(stored: Stored, field: string): unknown {
  if (field === 'deadline_reading') return stored.deadlineReading
  if (field === 'commune_authority') return stored.communeAuthority
  return stored.citations[field.replace(/^citation:/u, '')] ?? null
}

export async function setCommuneAuthority(ctx: CoreContext, choice: CommuneAuthorityChoice): Promise<LawSettings> {
  const stored = await loadLawSettings(ctx.db)
  return write(ctx, { ...stored, communeAuthority: choice }, 'commune_authority', 'Cơ quan công nhận xã, phường, đặc khu từ năm 2025 (chưa xác minh)')
}

export async function saveCitation(ctx: CoreContext, input: z.output<typeof citationSave>): Promise<LawSettings> {
  const shipped = editableCitations().find((c) => c.number === input.shipped)
  if (!shipped) throw validationError(`Căn cứ “${input.shipped}” đã được xác minh hoặc không có trong dữ liệu; không sửa được.`)
  checkCitationOverride(citationText(shipped), input)
  const stored = await loadLawSettings(ctx.db)
  const own = { number: input.number!.trim(), date: input.date, issuer: input.issuer ?? shipped.issuer, subject: input.subject ?? shipped.subject ?? null }
  return write(ctx, { ...stored, citations: { ...stored.citations, [input.shipped]: own } }, `citation:${input.shipped}`, `Căn cứ ${citationText(shipped)}`)
}

/**
 * The reading of “trước ngày” changes the legal last day of every open year: a decision date still on the old
 * reading's default moves to the new one (audited); a date the office set itself stays.
 */
export async function setDeadlineReading(ctx: CoreContext, reading: DeadlineReading): Promise<LawSettings> {
  const stored = await loadLawSettings(ctx.db)
  const result = await write(ctx, { ...stored, deadlineReading: reading }, 'deadline_reading', 'Cách hiểu “trước ngày” của thời hạn quyết định')
  if (stored.deadlineReading === reading) return result
  await withTransaction(ctx, async (trx, tctx) => {
    for (const row of await trx.selectFrom('eval_year').selectAll().where('status', '=', 'OPEN').execute()) {
      const regulation = regulationById(row.regulation_id)
      const old = defaultYearDeadlines(regulation, row.year, stored.deadlineReading)
      const next = defaultYearDeadlines(regulation, row.year, reading)
      const patch = {
        decision_due_kdc: row.decision_due_kdc === old.decisionDueKdc ? next.decisionDueKdc : row.decision_due_kdc,
        decision_due: row.decision_due === old.decisionDue ? next.decisionDue : row.decision_due
      }
      if (patch.decision_due_kdc === row.decision_due_kdc && patch.decision_due === row.decision_due) continue
      await trx.updateTable('eval_year').set(patch).where('year', '=', row.year).execute()
      recordEntries(tctx, [changeEntry('eval_year', row.year, yearLabel(row.year), { decision_due_kdc: row.decision_due_kdc, decision_due: row.decision_due }, patch)])
    }
  })
  return result
}
