import type { Kysely } from 'kysely'
import type { z } from 'zod'
import type { citationSave, DeadlineReading, LawSettings } from '../../../shared/api/calls/law'
import { validationError } from '../../../shared/api/errors'
import { getMeta, setMeta } from '../app/meta'
import { changeEntry } from '../audit/audit-log'
import { withTransaction, type CoreContext } from '../context'
import { recordEntries } from '../cycle/cycle-audit'
import type { Database } from '../db/schema'
import { checkCitationOverride, citationText, editableCitations, type CitationOverrides } from '../documents/year/legal-basis'

const KEY = 'law.settings'

interface Stored {
  deadlineReading: DeadlineReading
  citations: CitationOverrides
}

const DEFAULTS: Stored = { deadlineReading: 'INCLUSIVE', citations: {} }

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
    citations: editableCitations().map((c) => {
      const own = stored.citations[c.number!]
      const value = own ? { ...c, ...own, status: 'OFFICE_ENTERED' as const } : c
      return { ...value, shipped: c.number!, text: citationText(value) }
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
  return field === 'deadline_reading' ? stored.deadlineReading : stored.citations[field.replace(/^citation:/u, '')] ?? null
}

export async function saveCitation(ctx: CoreContext, input: z.output<typeof citationSave>): Promise<LawSettings> {
  const shipped = editableCitations().find((c) => c.number === input.shipped)
  if (!shipped) throw validationError(`Căn cứ “${input.shipped}” đã được xác minh hoặc không có trong dữ liệu; không sửa được.`)
  checkCitationOverride(citationText(shipped), input)
  const stored = await loadLawSettings(ctx.db)
  const own = { number: input.number!.trim(), date: input.date, issuer: input.issuer ?? shipped.issuer, subject: input.subject ?? shipped.subject ?? null }
  return write(ctx, { ...stored, citations: { ...stored.citations, [input.shipped]: own } }, `citation:${input.shipped}`, `Căn cứ ${citationText(shipped)}`)
}

export async function setDeadlineReading(ctx: CoreContext, reading: DeadlineReading): Promise<LawSettings> {
  const stored = await loadLawSettings(ctx.db)
  return write(ctx, { ...stored, deadlineReading: reading }, 'deadline_reading', 'Cách hiểu “trước ngày” của thời hạn quyết định')
}
