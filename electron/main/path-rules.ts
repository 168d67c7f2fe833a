import path from 'node:path'

/**
 * Which paths the shell may open, print or show. Pure and lexical (no file system, no symlink resolution), so it is
 * tested for both Windows and POSIX on any machine; the handler runs it a second time on the real path.
 *
 * A path is allowed only inside the data folder or when it is a file recorded in the document register. Opening and
 * printing also need a document extension: the default program of an .exe, .bat or .lnk is the file itself.
 */
export type PathFlavour = 'win32' | 'posix'
export type PathVerdict = { ok: true; path: string } | { ok: false; message: string }

export const OPENABLE_EXTENSIONS = ['.docx', '.doc', '.xlsx', '.xls', '.pdf', '.odt', '.ods'] as const

const api = (flavour: PathFlavour) => (flavour === 'win32' ? path.win32 : path.posix)
const refuse = (message: string): PathVerdict => ({ ok: false, message })

/** Drive-letter or UNC, absolute, without device prefixes, streams, or names Windows would silently trim. */
function normalizeWindows(raw: string): PathVerdict {
  if (/^[\\/]{2}[?.][\\/]/.test(raw)) return refuse('Đường dẫn thiết bị (\\\\?\\, \\\\.\\) không được dùng.')
  const isDrive = /^[a-zA-Z]:[\\/]/.test(raw)
  const isUnc = /^[\\/]{2}[^\\/]+[\\/][^\\/]+/.test(raw)
  if (!isDrive && !isUnc) return refuse('Đường dẫn phải là đường dẫn đầy đủ (ví dụ C:\\…).')
  if (raw.indexOf(':', 2) !== -1) return refuse('Đường dẫn chứa dấu “:” không hợp lệ.')
  const normalized = path.win32.normalize(raw)
  const parts = normalized.split('\\').slice(isDrive ? 1 : 4)
  if (parts.some((part) => part === '..')) return refuse('Đường dẫn không được đi ra ngoài thư mục gốc.')
  if (parts.some((part) => part !== '' && /[. ]$/.test(part))) {
    return refuse('Tên thư mục hoặc tệp không được kết thúc bằng dấu chấm hoặc khoảng trắng.')
  }
  // Keep "C:\\" whole: "C:" alone means the current folder of drive C.
  return { ok: true, path: /^[a-zA-Z]:\\$/.test(normalized) ? normalized : normalized.replace(/\\+$/, '') }
}

function normalizePosix(raw: string): PathVerdict {
  if (!raw.startsWith('/')) return refuse('Đường dẫn phải là đường dẫn đầy đủ.')
  const normalized = path.posix.normalize(raw)
  return { ok: true, path: normalized.length > 1 ? normalized.replace(/\/+$/, '') : normalized }
}

/** The one spelling of a path used for comparison (lexical: `..` and duplicate separators resolved, NFC). */
export function normalizeUserPath(raw: string, flavour: PathFlavour): PathVerdict {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (typeof raw !== 'string' || raw === '' || /[\u0000-\u001f]/.test(raw)) return refuse('Đường dẫn chứa ký tự không hợp lệ.')
  const text = raw.normalize('NFC')
  return flavour === 'win32' ? normalizeWindows(text) : normalizePosix(text)
}

/** Windows compares paths without regard to case (NTFS default); POSIX exactly. */
function comparable(normalized: string, flavour: PathFlavour): string {
  return flavour === 'win32' ? normalized.toLowerCase() : normalized
}

export function samePath(a: string, b: string, flavour: PathFlavour): boolean {
  const left = normalizeUserPath(a, flavour)
  const right = normalizeUserPath(b, flavour)
  return left.ok && right.ok && comparable(left.path, flavour) === comparable(right.path, flavour)
}

/** Strictly below `folder` (the folder itself is not "inside"). */
export function isInsideFolder(target: string, folder: string, flavour: PathFlavour): boolean {
  const inner = normalizeUserPath(target, flavour)
  const outer = normalizeUserPath(folder, flavour)
  if (!inner.ok || !outer.ok) return false
  const sep = api(flavour).sep
  const base = outer.path.endsWith(sep) ? outer.path : outer.path + sep
  return comparable(inner.path, flavour).startsWith(comparable(base, flavour)) && inner.path.length > base.length
}

export interface PathRuleContext {
  dataDir: string
  /** Absolute paths of the files in the document register. */
  registered: readonly string[]
  flavour: PathFlavour
}

/** `open` and `print` start the file's default program; `show` only selects it in Explorer. */
export type PathAction = 'open' | 'print' | 'show'

export function checkShellPath(raw: string, action: PathAction, context: PathRuleContext): PathVerdict {
  const verdict = normalizeUserPath(raw, context.flavour)
  if (!verdict.ok) return verdict
  const allowed =
    isInsideFolder(verdict.path, context.dataDir, context.flavour) ||
    context.registered.some((file) => samePath(file, verdict.path, context.flavour))
  if (!allowed) return refuse('Chỉ mở được tệp trong thư mục dữ liệu của ANTT Desk hoặc văn bản đã ghi trong Sổ văn bản.')
  if (action !== 'show') {
    const extension = api(context.flavour).extname(verdict.path).toLowerCase()
    if (!(OPENABLE_EXTENSIONS as readonly string[]).includes(extension)) {
      return refuse('Chỉ mở hoặc in được tệp văn bản (Word, Excel, PDF).')
    }
  }
  return verdict
}
