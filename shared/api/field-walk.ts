import type { z } from 'zod'
import { fieldKinds, type FieldKind } from './fields'

/**
 * Where the marked fields (fields.ts: `userPath`, `fileContent`) sit in a call's input schema, found by walking the
 * schema — so the transports' checks follow the contract instead of a list kept beside it.
 * A location is a list of object keys; '*' stands for every element of an array or every value of a record.
 */
export type FieldLocation = readonly string[]

interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  in?: z.ZodType
  out?: z.ZodType
  options?: readonly z.ZodType[]
  element?: z.ZodType
  valueType?: z.ZodType
  left?: z.ZodType
  right?: z.ZodType
  getter?: () => z.ZodType
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/** The schemas a schema wraps or contains, each with the key it adds to the location ('' adds none). */
function children(schema: z.ZodType): Array<[string, z.ZodType]> {
  const def = defOf(schema)
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {})
    case 'array':
      return def.element ? [['*', def.element]] : []
    case 'record':
      return def.valueType ? [['*', def.valueType]] : []
    case 'union':
      return (def.options ?? []).map((option) => ['', option])
    case 'intersection':
      return [def.left, def.right].filter((part): part is z.ZodType => part !== undefined).map((part) => ['', part])
    case 'pipe':
      return [def.in, def.out].filter((part): part is z.ZodType => part !== undefined).map((part) => ['', part])
    case 'lazy':
      return def.getter ? [['', def.getter()]] : []
    default:
      return def.innerType ? [['', def.innerType]] : []
  }
}

/** Every location of a field of `kind` in `schema`. */
export function fieldsOfKind(schema: z.ZodType, kind: FieldKind): FieldLocation[] {
  const found: FieldLocation[] = []
  const seen = new Set<z.ZodType>()
  const walk = (node: z.ZodType, at: string[]) => {
    if (seen.has(node)) return
    seen.add(node)
    if (fieldKinds.get(node)?.kind === kind) {
      if (!found.some((location) => location.join('.') === at.join('.'))) found.push(at)
      return
    }
    for (const [key, child] of children(node)) walk(child, key === '' ? at : [...at, key])
    seen.delete(node)
  }
  walk(schema, [])
  return found
}

/** Every string leaf of a schema with its location, for the test that looks for unmarked path fields. */
export function stringLeaves(schema: z.ZodType): Array<{ location: FieldLocation; kind: FieldKind | null }> {
  const leaves: Array<{ location: FieldLocation; kind: FieldKind | null }> = []
  const seen = new Set<z.ZodType>()
  const walk = (node: z.ZodType, at: string[]) => {
    if (seen.has(node)) return
    seen.add(node)
    const marked = fieldKinds.get(node)?.kind ?? null
    if (marked || defOf(node).type === 'string') leaves.push({ location: at, kind: marked })
    else for (const [key, child] of children(node)) walk(child, key === '' ? at : [...at, key])
    seen.delete(node)
  }
  walk(schema, [])
  return leaves
}

/** The values found at `location` in a raw (unvalidated) input. */
export function valuesAt(input: unknown, location: FieldLocation): unknown[] {
  let level: unknown[] = [input]
  for (const key of location) {
    const next: unknown[] = []
    for (const value of level) {
      if (typeof value !== 'object' || value === null) continue
      if (key === '*') next.push(...Object.values(value))
      else if (Object.prototype.hasOwnProperty.call(value, key)) next.push((value as Record<string, unknown>)[key])
    }
    level = next
  }
  return level
}
