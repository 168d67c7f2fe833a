import fs from 'node:fs'
import path from 'node:path'
import { pathsIn } from '../../shared/api/contract'
import { isInsideFolder, samePath, type PathFlavour } from '../main/path-rules'

/**
 * The browser mode has no dialogs, so a typed path is confined instead: every `userPath` field of a call (read from
 * its schema) must lie in the data folder or in a folder the user configured at launch (ANTT_ALLOWED_DIRS). Checked
 * lexically, then again on the real path of the nearest existing folder, so a link inside cannot lead outside. One
 * refusal for every outside path: the answer never tells whether a file there exists.
 */
export const OUTSIDE_MESSAGE =
  'Ở chế độ trình duyệt chỉ dùng được tệp và thư mục trong thư mục dữ liệu của ANTT Desk hoặc thư mục đã khai báo khi khởi động (ANTT_ALLOWED_DIRS).'

const flavour: PathFlavour = process.platform === 'win32' ? 'win32' : 'posix'

const within = (target: string, folder: string) => samePath(target, folder, flavour) || isInsideFolder(target, folder, flavour)

/** The real path of `target`'s nearest existing ancestor (itself when it exists). */
function realAncestor(target: string): string | null {
  let current = path.resolve(target)
  for (;;) {
    try {
      return fs.realpathSync(current)
    } catch {
      const parent = path.dirname(current)
      if (parent === current) return null
      current = parent
    }
  }
}

function realFolder(folder: string): string {
  try {
    return fs.realpathSync(folder)
  } catch {
    return path.resolve(folder)
  }
}

export function createPathConfinement(folders: readonly string[]): (name: string, input: unknown) => string | null {
  const roots = folders.map((folder) => path.resolve(folder))
  return (name, input) => {
    for (const target of pathsIn(name, input)) {
      if (!roots.some((root) => within(target, root))) return OUTSIDE_MESSAGE
      const real = realAncestor(target)
      if (real === null || !roots.some((root) => within(real, realFolder(root)))) return OUTSIDE_MESSAGE
    }
    return null
  }
}

/** ANTT_ALLOWED_DIRS: folders (separated by the system's path delimiter) the browser mode may read and write. */
export function allowedFoldersFromEnv(value: string | undefined): string[] {
  return (value ?? '')
    .split(path.delimiter)
    .map((folder) => folder.trim())
    .filter((folder) => folder !== '')
    .map((folder) => path.resolve(folder))
}
