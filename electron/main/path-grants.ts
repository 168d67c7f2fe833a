import type { CallName } from '../../shared/api/contract'
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

type Picker = (input: Record<string, unknown>) => unknown[]
const field = (key: string): Picker => (input) => [input[key]]

/** The path fields of the contract. A call not listed carries no path. */
export const PATH_FIELDS: Partial<Record<CallName, Picker>> = {
  'backup.create': field('folder'),
  'backup.preview': field('file'),
  'backup.restore': field('file'),
  'handover.export': field('folder'),
  'handover.preview': field('file'),
  'handover.import': field('file'),
  'exchange.importPreview': field('file'),
  'exchange.importCommit': (input) => [(input.source as Record<string, unknown> | undefined)?.file],
  'exchange.exportRegistry': field('file'),
  'documents.generate': field('folder'),
  'recovery.restore': field('file')
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
      const pick = PATH_FIELDS[name as CallName]
      if (!pick || typeof input !== 'object' || input === null) return null
      const paths = pick(input as Record<string, unknown>).filter((value): value is string => typeof value === 'string' && value !== '')
      return paths.every(allowed) ? null : NOT_CHOSEN_MESSAGE
    }
  }
}
