import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/**
 * Area lineage (law-2026.md §3): which areas of an earlier date stand for an area of today. Every 2025 predecessor
 * went wholly into one successor (§3.1, "all whole-unit merges"), so a year-over-year figure is an exact sum.
 */
export interface LineageArea {
  id: number
  name: string
  validFrom: string | null
  validTo: string | null
}

export interface LineageLink {
  eventId: number
  successorId: number
  predecessorId: number
  effectiveOn: string
}

export interface Lineage {
  areas: Map<number, LineageArea>
  /** The links into each successor. */
  into: Map<number, LineageLink[]>
}

/** The date an evaluation year's areas are read at: its last day (a ward formed on 01/7/2025 is 2025's, not 2024's). */
export function yearReferenceDate(year: number): string {
  return `${year}-12-31`
}

export function existsOn(area: LineageArea, date: string): boolean {
  return (area.validFrom === null || area.validFrom <= date) && (area.validTo === null || area.validTo >= date)
}

export function buildLineage(areas: readonly LineageArea[], links: readonly LineageLink[]): Lineage {
  const into = new Map<number, LineageLink[]>()
  for (const link of links) into.set(link.successorId, [...(into.get(link.successorId) ?? []), link])
  return { areas: new Map(areas.map((area) => [area.id, area])), into }
}

/**
 * The areas whose figures on `date` stand for `areaId`: the area itself if it existed then, plus — through every
 * event that took effect after `date` — the basis of each predecessor. Sorted by id; a cycle cannot loop.
 */
export function basisOn(lineage: Lineage, areaId: number, date: string): number[] {
  const found = new Set<number>()
  const seen = new Set<number>()
  const walk = (id: number) => {
    if (seen.has(id)) return
    seen.add(id)
    const area = lineage.areas.get(id)
    if (area && existsOn(area, date)) found.add(id)
    for (const link of lineage.into.get(id) ?? []) if (link.effectiveOn > date) walk(link.predecessorId)
  }
  walk(areaId)
  return [...found].sort((a, b) => a - b)
}

/** Every area that went, directly or through earlier events, into `areaId`. */
export function ancestorsOf(lineage: Lineage, areaId: number): Set<number> {
  const out = new Set<number>()
  const stack = [areaId]
  while (stack.length > 0) {
    for (const link of lineage.into.get(stack.pop()!) ?? []) {
      if (!out.has(link.predecessorId)) {
        out.add(link.predecessorId)
        stack.push(link.predecessorId)
      }
    }
  }
  return out
}

/** Merging `predecessors` into `successor` closes a loop when the successor already went into one of them. */
export function closesCycle(lineage: Lineage, successorId: number, predecessorIds: readonly number[]): boolean {
  return predecessorIds.some((id) => ancestorsOf(lineage, id).has(successorId))
}

export async function loadLineage(db: Kysely<Database>): Promise<Lineage> {
  const areas = await db.selectFrom('admin_area').select(['id', 'name', 'valid_from', 'valid_to']).execute()
  const links = await db
    .selectFrom('area_event as e')
    .innerJoin('area_event_source as s', 's.event_id', 'e.id')
    .select(['e.id', 'e.successor_area_id', 's.predecessor_area_id', 'e.effective_on'])
    .execute()
  return buildLineage(
    areas.map((a) => ({ id: a.id, name: a.name, validFrom: a.valid_from, validTo: a.valid_to })),
    links.map((l) => ({ eventId: l.id, successorId: l.successor_area_id, predecessorId: l.predecessor_area_id, effectiveOn: l.effective_on }))
  )
}
