import { describe, expect, test } from 'vitest'
import { createPathGrants, NOT_CHOSEN_MESSAGE } from '../../electron/main/path-grants'

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
    grants.grant('/home/lan/ds.xlsx')
    expect(grants.check('exchange.importPreview', { file: '/home/lan/ds.xlsx' })).toBeNull()
    expect(grants.check('exchange.importCommit', commit('/home/lan/ds.xlsx'))).toBeNull()
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
