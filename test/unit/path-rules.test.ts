import { describe, expect, test } from 'vitest'
import { checkShellPath, isInsideFolder, normalizeUserPath, samePath } from '../../electron/main/path-rules'

const win = { dataDir: 'C:\\Users\\Lan\\AppData\\Roaming\\ANTT Desk', registered: ['D:\\Văn bản\\QĐ công nhận 2025.docx'], flavour: 'win32' as const }
const posix = { dataDir: '/home/lan/.config/ANTT Desk', registered: ['/media/usb/to-trinh.docx'], flavour: 'posix' as const }

describe('normalisation (lexical, no file system)', () => {
  test('Windows: separators, "." and ".." resolved, trailing separator dropped, drive root kept', () => {
    expect(normalizeUserPath('C:/Users//Lan\\.\\x\\..\\a.docx', 'win32')).toEqual({ ok: true, path: 'C:\\Users\\Lan\\a.docx' })
    expect(normalizeUserPath('C:\\data\\', 'win32')).toEqual({ ok: true, path: 'C:\\data' })
    expect(normalizeUserPath('C:\\', 'win32')).toEqual({ ok: true, path: 'C:\\' })
  })

  test('Windows: relative, drive-relative, device paths, streams and control characters are refused', () => {
    for (const bad of ['a.docx', '..\\a.docx', '\\Users\\a.docx', 'C:a.docx', '\\\\?\\C:\\a.docx', '\\\\.\\PhysicalDrive0', 'C:\\data\\a.docx:secret', 'C:\\data\\a\u0000.docx', '']) {
      expect(normalizeUserPath(bad, 'win32').ok, bad).toBe(false)
    }
  })

  test('Windows: names that Windows would silently trim are refused', () => {
    expect(normalizeUserPath('C:\\data. \\a.docx', 'win32').ok).toBe(false)
    expect(normalizeUserPath('C:\\data\\a.docx.', 'win32').ok).toBe(false)
  })

  test('Vietnamese names are compared in NFC', () => {
    const decomposed = 'D:\\Văn bản\\QĐ công nhận 2025.docx'.normalize('NFD')
    expect(samePath(decomposed, win.registered[0]!, 'win32')).toBe(true)
  })

  test('POSIX: absolute only, ".." resolved', () => {
    expect(normalizeUserPath('/a/b/../c/', 'posix')).toEqual({ ok: true, path: '/a/c' })
    expect(normalizeUserPath('a/b', 'posix').ok).toBe(false)
  })
})

describe('inside the data folder', () => {
  test('Windows compares without case; a sibling with the same prefix is outside', () => {
    expect(isInsideFolder('c:\\users\\lan\\appdata\\roaming\\antt desk\\documents\\2025\\a.docx', win.dataDir, 'win32')).toBe(true)
    expect(isInsideFolder('C:\\Users\\Lan\\AppData\\Roaming\\ANTT Desk Old\\a.docx', win.dataDir, 'win32')).toBe(false)
    expect(isInsideFolder(win.dataDir, win.dataDir, 'win32')).toBe(false)
  })

  test('".." tricks climb out and are outside', () => {
    expect(isInsideFolder(`${win.dataDir}\\documents\\..\\..\\..\\evil.docx`, win.dataDir, 'win32')).toBe(false)
    expect(isInsideFolder(`${win.dataDir}/../ANTT Desk/documents/a.docx`, win.dataDir, 'win32')).toBe(true)
    expect(isInsideFolder(`${posix.dataDir}/../../evil.docx`, posix.dataDir, 'posix')).toBe(false)
  })

  test('other drives and UNC shares are outside', () => {
    expect(isInsideFolder('D:\\Users\\Lan\\AppData\\Roaming\\ANTT Desk\\a.docx', win.dataDir, 'win32')).toBe(false)
    expect(isInsideFolder('\\\\server\\share\\ANTT Desk\\a.docx', win.dataDir, 'win32')).toBe(false)
    // A data folder on a share works the same way.
    expect(isInsideFolder('\\\\SERVER\\share\\ANTT\\documents\\a.docx', '\\\\server\\share\\ANTT', 'win32')).toBe(true)
    expect(isInsideFolder('\\\\server\\share\\..\\other\\ANTT\\a.docx', '\\\\server\\share\\ANTT', 'win32')).toBe(false)
  })

  test('POSIX compares exactly (case matters)', () => {
    expect(isInsideFolder('/home/lan/.config/ANTT Desk/documents/a.docx', posix.dataDir, 'posix')).toBe(true)
    expect(isInsideFolder('/home/lan/.config/antt desk/documents/a.docx', posix.dataDir, 'posix')).toBe(false)
  })
})

describe('what open, print and show accept', () => {
  test('a document in the data folder: open, print, show', () => {
    const file = `${win.dataDir}\\documents\\2025\\Quyết định.docx`
    for (const action of ['open', 'print', 'show'] as const) expect(checkShellPath(file, action, win)).toEqual({ ok: true, path: file })
  })

  test('a document saved elsewhere and recorded in the register: allowed, matched without case', () => {
    expect(checkShellPath('d:\\văn bản\\qđ công nhận 2025.docx', 'open', win).ok).toBe(true)
    expect(checkShellPath('/media/usb/to-trinh.docx', 'print', posix).ok).toBe(true)
  })

  test('anything else is refused with a Vietnamese message', () => {
    const outside = checkShellPath('D:\\Văn bản\\khác.docx', 'open', win)
    expect(outside).toEqual({ ok: false, message: 'Chỉ mở được tệp trong thư mục dữ liệu của ANTT Desk hoặc văn bản đã ghi trong Sổ văn bản.' })
    expect(checkShellPath('C:\\Windows\\System32\\calc.exe', 'open', win).ok).toBe(false)
    expect(checkShellPath('https://example.com/a.docx', 'open', win).ok).toBe(false)
    expect(checkShellPath('/etc/passwd', 'show', posix).ok).toBe(false)
  })

  test('programs inside the data folder are never opened or printed, only shown', () => {
    const script = `${win.dataDir}\\documents\\chay.bat`
    expect(checkShellPath(script, 'open', win)).toEqual({ ok: false, message: 'Chỉ mở hoặc in được tệp văn bản (Word, Excel, PDF).' })
    expect(checkShellPath(`${win.dataDir}\\x.lnk`, 'print', win).ok).toBe(false)
    expect(checkShellPath(script, 'show', win).ok).toBe(true)
  })
})
