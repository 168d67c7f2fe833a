import type { Kysely } from 'kysely'
import type { Database } from '../../../db/schema'
import type { UnitFact } from '../../year/year-facts'
import type { CertificateFact } from '../document-type'

/** "05/QĐ-UBND" → number 5 and ký hiệu "QĐ-UBND"; an unparsable reference keeps no number. */
function parseDecisionRef(ref: string | null): { number: number | null; symbol: string | null } {
  const m = ref ? /^\s*0*(\d+)\s*\/\s*(\S+)\s*$/u.exec(ref) : null
  return m ? { number: Number(m[1]), symbol: m[2]! } : { number: null, symbol: null }
}

/**
 * Issue 11 item 9: each certificate cites its own unit's recorded decision, and its số vào sổ is the one stored on the
 * unit's record; units not numbered yet get the next numbers of the year in print order (stored when the file is
 * written), so the register has no gaps.
 */
export async function certificateFacts(db: Kysely<Database>, year: number, units: UnitFact[]): Promise<Map<number, CertificateFact>> {
  const stored = await db.selectFrom('certificate').select(['unit_year_id', 'register_number']).where('year', '=', year).execute()
  const byUnit = new Map(stored.map((r) => [r.unit_year_id, r.register_number]))
  let next = stored.reduce((n, r) => Math.max(n, r.register_number), 0) + 1
  const out = new Map<number, CertificateFact>()
  for (const unit of units) {
    const own = byUnit.get(unit.id)
    const ref = parseDecisionRef(unit.decisionRef)
    out.set(unit.id, {
      decisionNumber: ref.number,
      decisionSymbol: ref.symbol,
      decisionDate: unit.decisionOn,
      registerNumber: own ?? next,
      proposed: own === undefined
    })
    if (own === undefined) next++
  }
  return out
}

/** Stores the proposed numbers of a written batch (inside the generate transaction: both or neither). */
export async function storeCertificateNumbers(db: Kysely<Database>, year: number, facts: Map<number, CertificateFact>, unitYearIds: number[], documentId: number, now: string): Promise<void> {
  const rows = unitYearIds
    .map((id) => ({ id, fact: facts.get(id) }))
    .filter((r) => r.fact?.proposed)
    .map((r) => ({ year, unit_year_id: r.id, register_number: r.fact!.registerNumber, document_id: documentId, printed_at: now }))
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('certificate').values(rows.slice(i, i + 500)).execute()
}
