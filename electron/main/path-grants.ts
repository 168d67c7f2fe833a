import { pathsIn } from '../../shared/api/contract'
import { isInsideFolder, samePath, type PathFlavour } from './path-rules'

/**
 * Defence in depth for the data contract: in the desktop, every path the page sends to core came from one of our
 * dialogs (or lies in the data folder: backups, documents). So main remembers what the dialogs answered in this
 * session, and a path field naming anything else is refused before core sees it — a page that was somehow made to
 * send "C:\Windows\…" gets a Vietnamese refusal, not a file written there.
 */
export interface PathGrants {
  grant(file: string): void
  /** null when the call may go ahead, else the Vietnamese refusal. */
  check(name: string, input: unknown): string | null
}

export const NOT_CHOSEN_MESSAGE = 'Đường dẫn này không được chọn qua hộp thoại của ứng dụng. Hãy bấm nút chọn thư mục hoặc chọn tệp.'

export function createPathGrants(dataDir: string, flavour: PathFlavour): PathGrants {
  const granted: string[] = []
  const allowed = (value: string) => isInsideFolder(value, dataDir, flavour) || granted.some((file) => samePath(file, value, flavour))
  return {
    grant(file) {
      granted.push(file)
    },
    check(name, input) {
      // The path fields are the call's `userPath` fields, read from its schema: a new call cannot be forgotten here.
      return pathsIn(name, input).every(allowed) ? null : NOT_CHOSEN_MESSAGE
    }
  }
}
