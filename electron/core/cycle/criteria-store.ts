import type { Kysely, Selectable } from 'kysely'
import { ApiError, notFound } from '../../../shared/api/errors'
import type { CriterionRow } from '../../../shared/api/calls/cycle'
import { regulationById, PLACEHOLDER_NOTE, type CriterionItem } from '../../../shared/domain/cycle/regulations'
import { UNIT_TYPES, type UnitType } from '../../../shared/domain/units'
import type { CriterionTable, Database } from '../db/schema'

type Executor = Kysely<Database>

export function toCriterionRow(row: Selectable<CriterionTable>): CriterionRow {
  return {
    id: row.id,
    unitType: row.unit_type,
    number: row.number,
    code: row.code,
    shortTitle: row.short_title,
    text: row.text,
    textStatus: row.text_status,
    kind: row.kind,
    formulaKey: row.formula_key,
    addedBy: row.added_by,
    sourceRef: row.source_ref,
    items: criterionItemsOf(row),
    allowNotApplicable: row.allow_not_applicable === 1
  }
}

/** The lettered points stored with a criterion (JSON, copied with the set so a closed year keeps its own). */
export function criterionItemsOf(row: Pick<Selectable<CriterionTable>, 'items'>): CriterionItem[] {
  if (!row.items) return []
  let items = parsedItems.get(row.items)
  if (!items) parsedItems.set(row.items, (items = JSON.parse(row.items) as CriterionItem[]))
  return items
}
/** A bulk action reads the same few point lists for thousands of rows: parse each once. */
const parsedItems = new Map<string, CriterionItem[]>()

/**
 * The current criteria set of a version, seeded from resources/regulations on first use. Criteria unverified in
 * domain.md carry the placeholder note as their text and PLACEHOLDER status — never invented legal text.
 */
export async function currentCriterionSet(db: Executor, regulationId: string, now: string): Promise<number> {
  const existing = await db
    .selectFrom('criterion_set')
    .select('id')
    .where('regulation_id', '=', regulationId)
    .where('is_current', '=', 1)
    .executeTakeFirst()
  if (existing) return existing.id
  const regulation = regulationById(regulationId)
  const { id } = await db
    .insertInto('criterion_set')
    .values({ regulation_id: regulationId, is_current: 1, created_at: now, note: 'Bộ tiêu chí mặc định' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const rows = UNIT_TYPES.flatMap((type) =>
    regulation.criteria[type].map((c) => ({
      set_id: id,
      unit_type: type,
      number: c.number,
      code: c.code,
      short_title: c.shortTitle,
      text: c.text ?? (c.textStatus === 'PLACEHOLDER' ? PLACEHOLDER_NOTE : null),
      text_status: c.textStatus,
      kind: c.kind,
      formula_key: c.formulaKey ?? null,
      added_by: 'LAW' as const,
      source_ref: c.sourceRef ?? regulation.shortName,
      active: 1 as const,
      items: c.items && c.items.length > 0 ? JSON.stringify(c.items) : null,
      allow_not_applicable: c.allowNotApplicable ? (1 as const) : (0 as const)
    }))
  )
  await db.insertInto('criterion').values(rows).execute()
  return id
}

export async function criteriaOfSet(db: Executor, setId: number, type?: UnitType): Promise<Selectable<CriterionTable>[]> {
  let query = db.selectFrom('criterion').selectAll().where('set_id', '=', setId).where('active', '=', 1)
  if (type) query = query.where('unit_type', '=', type)
  return query.orderBy('unit_type').orderBy('number').execute()
}

/**
 * Copy-on-write: a set that a closed year was judged on is never changed. Editing it copies the set, makes the copy
 * current and moves the open years of that version onto the copy (results are keyed by criterion code, so they follow).
 */
async function writableSet(db: Executor, setId: number, now: string): Promise<{ setId: number; idMap: Map<number, number> }> {
  const usedByClosed = await db
    .selectFrom('eval_year')
    .select('year')
    .where('criterion_set_id', '=', setId)
    .where('status', '=', 'CLOSED')
    .executeTakeFirst()
  if (!usedByClosed) return { setId, idMap: new Map() }
  const old = await db.selectFrom('criterion_set').selectAll().where('id', '=', setId).executeTakeFirstOrThrow()
  await db.updateTable('criterion_set').set({ is_current: 0 }).where('id', '=', setId).execute()
  const { id: copyId } = await db
    .insertInto('criterion_set')
    .values({ regulation_id: old.regulation_id, is_current: 1, created_at: now, note: `Sao từ bộ tiêu chí #${setId}` })
    .returning('id')
    .executeTakeFirstOrThrow()
  const idMap = new Map<number, number>()
  for (const row of await db.selectFrom('criterion').selectAll().where('set_id', '=', setId).execute()) {
    const { id: oldId, ...rest } = row
    const { id: newId } = await db.insertInto('criterion').values({ ...rest, set_id: copyId }).returning('id').executeTakeFirstOrThrow()
    idMap.set(oldId, newId)
  }
  await db
    .updateTable('eval_year')
    .set({ criterion_set_id: copyId })
    .where('criterion_set_id', '=', setId)
    .where('status', '=', 'OPEN')
    .execute()
  return { setId: copyId, idMap }
}

export async function editCriterion(
  db: Executor,
  input: { id: number; shortTitle: string; text: string | null; textChecked: boolean },
  now: string
): Promise<CriterionRow> {
  const current = await db.selectFrom('criterion').selectAll().where('id', '=', input.id).executeTakeFirst()
  if (!current) throw notFound('Không tìm thấy tiêu chí.')
  const { idMap } = await writableSet(db, current.set_id, now)
  const targetId = idMap.get(current.id) ?? current.id
  const textChanged = input.text !== current.text
  // Text the office changed is the office's, even where it replaced a verbatim quote.
  const textStatus = input.textChecked || textChanged ? 'OFFICE_ENTERED' : current.text_status
  await db
    .updateTable('criterion')
    .set({ short_title: input.shortTitle, text: input.text, text_status: textStatus })
    .where('id', '=', targetId)
    .execute()
  return toCriterionRow(await db.selectFrom('criterion').selectAll().where('id', '=', targetId).executeTakeFirstOrThrow())
}

export async function addCriterion(
  db: Executor,
  input: { regulationId: string; unitType: UnitType; shortTitle: string; text: string | null; addedBy: 'PROVINCE' | 'OFFICE'; sourceRef: string | null },
  now: string
): Promise<CriterionRow> {
  if (input.addedBy === 'PROVINCE' && !input.sourceRef) {
    throw new ApiError({ code: 'VALIDATION', message: 'Vui lòng nhập văn bản của tỉnh quy định tiêu chí bổ sung.', fields: { sourceRef: 'Vui lòng nhập văn bản quy định.' } })
  }
  const base = await currentCriterionSet(db, input.regulationId, now)
  const { setId } = await writableSet(db, base, now)
  const last = await db
    .selectFrom('criterion')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('set_id', '=', setId)
    .where('unit_type', '=', input.unitType)
    .executeTakeFirst()
  const number = Number(last?.n ?? 0) + 1
  const { id } = await db
    .insertInto('criterion')
    .values({
      set_id: setId,
      unit_type: input.unitType,
      number,
      code: `${input.addedBy === 'PROVINCE' ? 'TINH' : 'CQ'}_${input.unitType}_${number}`,
      short_title: input.shortTitle,
      text: input.text,
      text_status: 'OFFICE_ENTERED',
      kind: 'BOOL',
      formula_key: null,
      added_by: input.addedBy,
      source_ref: input.sourceRef,
      active: 1
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return toCriterionRow(await db.selectFrom('criterion').selectAll().where('id', '=', id).executeTakeFirstOrThrow())
}
