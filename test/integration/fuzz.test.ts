import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CALL_NAMES, contract, type CallName } from '../../shared/api/contract'
import { seededRandom } from '../../electron/core/sample/seeded-random'
import { contentHash } from '../helpers/content-hash'
import { openTestCore, type TestCore } from '../helpers/temp-core'
import { foreignWords } from '../helpers/vietnamese-text'

/**
 * Every call of the contract gets random and malformed payloads. Each must be refused cleanly — an envelope with a
 * Vietnamese message, never INTERNAL, never a crash — and the data must not change (content hash of every table).
 */
const PAYLOADS_PER_CALL = 150
/** Calls that only read (marked `reads` on the call itself): they may answer a payload that happens to be valid. */
const reads = (name: CallName) => contract[name].traits.reads === true
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i

type Random = () => number

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a'.repeat(20_000),
  '../../etc/passwd',
  'C:\\Windows\\System32',
  '/tmp/khong-co/tep.sqlite',
  "'; DROP TABLE unit; --",
  'Khu pho\u0301',
  'Phường 1',
  '🙂',
  '\ud800',
  'NaN',
  '1e309',
  '__proto__',
  '%_\\'
]
const NASTY_NUMBERS = [-1, 0, 0.5, 1.5, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, 1e12 + 7, -1e300, 2 ** 31]

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T
}

function randomScalar(random: Random): unknown {
  switch (Math.floor(random() * 8)) {
    case 0:
      return pick(random, NASTY_STRINGS)
    case 1:
      return pick(random, NASTY_NUMBERS)
    case 2:
      return random() < 0.5
    case 3:
      return null
    case 4:
      return undefined
    case 5:
      return Math.random().toString(36).slice(2)
    case 6:
      return new Date(0)
    default:
      return Math.floor(random() * 1e9) + 1e9
  }
}

function randomValue(random: Random, depth = 0): unknown {
  const roll = random()
  if (depth > 4 || roll < 0.6) return randomScalar(random)
  if (roll < 0.8) return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1))
  const object: Record<string, unknown> = {}
  const keys = ['id', 'values', 'name', 'type', 'kind', 'file', 'folder', 'confirmed', 'constructor', '__proto__', 'x']
  for (let i = 0; i < 1 + Math.floor(random() * 4); i++) ownKey(object, pick(random, keys), randomValue(random, depth + 1))
  return object
}

/** Sets an own property even for "__proto__", as JSON.parse would produce it. */
function ownKey(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
}

function describePayload(payload: unknown): string {
  try {
    return String(JSON.stringify(payload)).slice(0, 200)
  } catch {
    return String(payload)
  }
}

interface Shaped {
  shape?: Record<string, unknown>
}

/** An object with the schema's own keys but wrong or extreme values: gets past the outer parse, fails deeper. */
function structured(random: Random, schema: unknown, depth = 0): unknown {
  const shape = (schema as Shaped).shape
  if (!shape || depth > 3) return randomValue(random, depth)
  const object: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(shape)) {
    if (random() < 0.25) continue
    object[key] = (field as Shaped).shape ? structured(random, field, depth + 1) : randomValue(random, depth + 1)
  }
  if (random() < 0.2) object['khongCo'] = 1
  // An empty object would be a valid call for calls without input; that is not malformed.
  if (Object.keys(object).length === 0) object['khongCo'] = true
  return object
}

function payloads(random: Random, name: CallName): unknown[] {
  const fixed: unknown[] = [null, undefined, [], 'chuỗi', 42, true, { khongCo: 1 }, [{}], { id: -1 }, { values: null }]
  const generated = Array.from({ length: PAYLOADS_PER_CALL }, (_, i) =>
    i % 2 === 0 ? structured(random, contract[name].input) : randomValue(random)
  )
  return [...fixed, ...generated]
}

/** Every key the payload holds, at any depth, split into words as the screen-text check splits them. */
function keysOf(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, inner]) => [key, ...key.split(/[^\p{L}]+/u), ...keysOf(inner)])
}

let t: TestCore

beforeAll(async () => {
  t = openTestCore()
  await t.call('app.loadSample', {})
  await t.call('backup.create', {})
})
afterAll(async () => t.close())

describe('fuzzing every call of the contract', () => {
  it.each(CALL_NAMES)('%s refuses malformed payloads cleanly and changes nothing', async (name) => {
    const random = seededRandom([...name].reduce((sum, ch) => sum * 31 + ch.charCodeAt(0), 7) >>> 0)
    const before = contentHash(t.core.database.sqlite)
    let sent = 0
    for (const payload of payloads(random, name)) {
      // A payload that happens to be a valid call of a write (no input at all for “Sao lưu ngay”) is not malformed.
      if (!reads(name) && contract[name].input.safeParse(payload ?? {}).success) continue
      sent++
      const envelope = await t.raw(name, payload)
      if (envelope.ok) {
        // Only a read may accept what it was sent (an empty filter is a valid list).
        expect(reads(name), `${name} accepted ${describePayload(payload)}`).toBe(true)
        continue
      }
      expect(envelope.error.code, `${name} with ${describePayload(payload)}`).not.toBe('INTERNAL')
      expect(envelope.error.message, `${name} with ${describePayload(payload)}`).toMatch(VIETNAMESE)
      // Vietnamese through and through: no field code, enum value or English word of ours inside the sentence
      // (the names of fields the sender made up are quoted back to it).
      expect(foreignWords(envelope.error.message, keysOf(payload)), `${name}: ${envelope.error.message}`).toEqual([])
    }
    expect(sent).toBeGreaterThan(PAYLOADS_PER_CALL / 2)
    expect(contentHash(t.core.database.sqlite)).toBe(before)
  })
})
