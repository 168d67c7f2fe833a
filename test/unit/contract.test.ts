import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { CALL_NAMES, contract, MAX_IMPORT_PAYLOAD_BYTES, MAX_PAYLOAD_BYTES, payloadLimit } from '../../shared/api/contract'
import { fieldsOfKind } from '../../shared/api/field-walk'

describe('the contract', () => {
  test('every call is named area.verb and has an input schema that rejects extra fields', () => {
    expect(CALL_NAMES.length).toBeGreaterThan(10)
    for (const name of CALL_NAMES) {
      expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/)
      const spec = contract[name]
      const result = spec.input.safeParse({ __proto_pollution__: 1, unexpected: true })
      expect(result.success, `${name} accepted an unknown field`).toBe(false)
    }
  })

  test('texts are NFC-normalised and trimmed at the boundary', () => {
    const parsed = contract['areas.create'].input.parse({ name: '  Phường   Thắng Nhất '.normalize('NFD'), kind: 'PHUONG' })
    expect(parsed.name).toBe('Phường Thắng Nhất')
    expect(parsed.name).toBe(parsed.name.normalize('NFC'))
  })

  test('a whitespace-only name gets the Vietnamese message at its field', () => {
    const result = contract['units.create'].input.safeParse({ values: { type: 'KDC', name: ' \u00a0 ', managingLevel: 'XA' } })
    expect(result.success).toBe(false)
    const issue = result.error?.issues.find((i) => i.path.join('.') === 'values.name')
    expect(issue?.message).toBe('Tên đơn vị không được để trống.')
  })

  test('negative and fractional counts are refused with V13', () => {
    for (const householdsTotal of [-1, 2.5]) {
      const result = contract['units.create'].input.safeParse({ values: { type: 'KDC', name: 'Khu phố 1', managingLevel: 'XA', householdsTotal } })
      expect(result.error?.issues[0]?.message).toBe('Số lượng phải là số nguyên không âm.')
    }
  })

  test('an unknown type and an over-long name are refused in Vietnamese', () => {
    const badType = contract['units.create'].input.safeParse({ values: { type: 'CHUA_CO', name: 'X', managingLevel: 'XA' } })
    expect(badType.error?.issues[0]?.message).toBe('Loại đơn vị không hợp lệ.')
    const long = contract['units.create'].input.safeParse({ values: { type: 'KDC', name: 'a'.repeat(201), managingLevel: 'XA' } })
    expect(long.error?.issues[0]?.message).toBe('Tên đơn vị không được dài quá 200 ký tự.')
  })
})

describe('facts read from the calls themselves', () => {
  test('the large request limit goes exactly to the calls whose schema carries a file (fileContent)', () => {
    const large = CALL_NAMES.filter((name) => payloadLimit(name) === MAX_IMPORT_PAYLOAD_BYTES)
    expect(large).toEqual(CALL_NAMES.filter((name) => fieldsOfKind(contract[name].input, 'fileContent').length > 0))
    // The four Excel imports (registry and registration, preview and commit) send the file in the browser mode.
    for (const name of ['exchange.importPreview', 'exchange.importCommit', 'exchange.registrationPreview', 'exchange.registrationCommit']) {
      expect(large).toContain(name)
    }
    expect(payloadLimit('units.create')).toBe(MAX_PAYLOAD_BYTES)
    expect(payloadLimit('khong.co')).toBe(MAX_PAYLOAD_BYTES)
  })
})

describe('the built preload', () => {
  const preload = path.resolve(import.meta.dirname, '../../out/preload/index.cjs')
  test.runIf(fs.existsSync(preload))('requires nothing but electron (a sandboxed preload can load nothing else)', () => {
    const source = fs.readFileSync(preload, 'utf8')
    const required = [...source.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(source).toContain('exposeInMainWorld')
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/)
  })
})
