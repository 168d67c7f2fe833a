import { describe, expect, test } from 'vitest'
import { createPathGrants, NOT_CHOSEN_MESSAGE } from '../../electron/main/path-grants'
import { CALL_NAMES, contract, pathFieldsOf } from '../../shared/api/contract'
import { stringLeaves } from '../../shared/api/field-walk'

describe('paths sent to core must come from a dialog or the data folder', () => {
  const dataDir = 'C:\\Users\\Lan\\AppData\\Roaming\\ANTT Desk'

  test('a folder never chosen is refused; once the dialog answered it, it passes (any case, any separator)', () => {
    const grants = createPathGrants(dataDir, 'win32')
    expect(grants.check('backup.create', { folder: 'E:\\SaoLuu' })).toBe(NOT_CHOSEN_MESSAGE)
    grants.grant('E:\\SaoLuu')
    expect(grants.check('backup.create', { folder: 'e:/saoluu/' })).toBeNull()
    expect(grants.check('handover.export', { folder: 'E:\\Khac' })).toBe(NOT_CHOSEN_MESSAGE)
  })

  test('files in the data folder (the backup list, the recovery screen) need no dialog', () => {
    const grants = createPathGrants(dataDir, 'win32')
    expect(grants.check('backup.restore', { file: `${dataDir}\\backups\\antt-desk_2025-01-01_tu-dong.sqlite`, confirmed: true })).toBeNull()
    expect(grants.check('recovery.restore', { file: `${dataDir}\\backups\\..\\..\\khac.sqlite`, confirmed: true })).toBe(NOT_CHOSEN_MESSAGE)
  })

  test('nested fields are checked (the import commit’s source)', () => {
    const grants = createPathGrants('/data', 'posix')
    const commit = (file: string) => ({ source: { file }, onDuplicate: 'skip', confirmed: true })
    expect(grants.check('exchange.importCommit', commit('/home/lan/ds.xlsx'))).toBe(NOT_CHOSEN_MESSAGE)
    // The same commit as a job (the wizard's way) is held to the same rule.
    expect(grants.check('exchange.importStart', commit('/home/lan/ds.xlsx'))).toBe(NOT_CHOSEN_MESSAGE)
    expect(grants.check('exchange.registrationStart', { source: { year: 2021, file: '/home/lan/ds.xlsx' }, confirmed: true })).toBe(NOT_CHOSEN_MESSAGE)
    grants.grant('/home/lan/ds.xlsx')
    expect(grants.check('exchange.importPreview', { file: '/home/lan/ds.xlsx' })).toBeNull()
    expect(grants.check('exchange.importCommit', commit('/home/lan/ds.xlsx'))).toBeNull()
    expect(grants.check('exchange.importStart', commit('/home/lan/ds.xlsx'))).toBeNull()
  })

  test('calls without a path, absent optional paths and uploads pass untouched', () => {
    const grants = createPathGrants('/data', 'posix')
    expect(grants.check('units.list', { search: '/etc/passwd' })).toBeNull()
    expect(grants.check('backup.create', {})).toBeNull()
    expect(grants.check('exchange.importPreview', { contentBase64: 'UEsDBA==', fileName: 'a.xlsx' })).toBeNull()
    expect(grants.check('documents.generate', { request: {} })).toBeNull()
    expect(grants.check('backup.create', null)).toBeNull()
  })
})

describe('the path fields come from the contract’s schemas, not from a list beside it', () => {
  const foreign = '/home/lan/khac/tep.xlsx'

  /** An input that holds `value` at `location` ('*' = an element of an array or a value of a record). */
  const inputAt = (location: readonly string[], value: string): unknown =>
    location.length === 0 ? value : location[0] === '*' ? [inputAt(location.slice(1), value)] : { [location[0] as string]: inputAt(location.slice(1), value) }

  test('the four calls the hand-kept list missed are checked', () => {
    const grants = createPathGrants('/data', 'posix')
    expect(grants.check('exchange.exportYearBoard', { year: 2021, file: foreign })).toBe(NOT_CHOSEN_MESSAGE)
    expect(grants.check('exchange.exportYearStatistics', { year: 2021, file: foreign })).toBe(NOT_CHOSEN_MESSAGE)
    expect(grants.check('exchange.registrationPreview', { year: 2021, file: foreign })).toBe(NOT_CHOSEN_MESSAGE)
    expect(grants.check('exchange.registrationCommit', { source: { year: 2021, file: foreign }, confirmed: true })).toBe(NOT_CHOSEN_MESSAGE)
  })

  test('every call’s schema: each string field that names a path is a userPath, and each userPath is checked', () => {
    // Keys that name a file or folder on this machine. fileName is a name typed for a download, never a path.
    const looksLikePath = /(^|[a-z])(file|folder|path|dir|directory)$/i
    const notPaths = new Set(['fileName'])
    const unmarked: string[] = []
    let checked = 0
    for (const name of CALL_NAMES) {
      for (const leaf of stringLeaves(contract[name].input)) {
        const key = leaf.location.at(-1) ?? ''
        if (leaf.kind === null && looksLikePath.test(key) && !notPaths.has(key)) unmarked.push(`${name}: ${leaf.location.join('.')}`)
      }
      for (const location of pathFieldsOf(name)) {
        const grants = createPathGrants('/data', 'posix')
        expect(grants.check(name, inputAt(location, foreign)), `${name}: ${location.join('.')}`).toBe(NOT_CHOSEN_MESSAGE)
        expect(grants.check(name, inputAt(location, '/data/backups/a.sqlite')), `${name}: ${location.join('.')}`).toBeNull()
        checked++
      }
    }
    expect(unmarked, 'path fields not marked with userPath (shared/api/fields.ts)').toEqual([])
    expect(checked).toBeGreaterThanOrEqual(15)
  })
})
