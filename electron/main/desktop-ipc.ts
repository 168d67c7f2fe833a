import type { IpcMainInvokeEvent, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron'
import type { ApiErrorBody, Envelope } from '../../shared/api/errors'
import {
  DESKTOP_CALL_NAMES,
  desktopChannel,
  desktopSchemas,
  type DesktopCallName,
  type DesktopOutputs,
  type FolderPurpose,
  type OpenFilePurpose,
  type SaveFilePurpose
} from '../../shared/desktop/contract'
import { BACKUP_EXTENSION } from '../core/backup/backup-files'
import { HANDOVER_EXTENSION } from '../core/handover/package-format'
import { isTrustedSender } from './ipc'
import { checkShellPath, type PathAction, type PathFlavour } from './path-rules'
import type { PrintOutcome } from './print'

/** Everything the native actions touch, passed in so the handlers run under test with fakes. */
export interface DesktopPorts {
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>
  /** shell.openPath: resolves to an error text, or '' on success. */
  openPath(file: string): Promise<string>
  showItemInFolder(file: string): void
  print(file: string): Promise<PrintOutcome>
  /** The file's real path (symlinks and junctions resolved), or null when it does not exist. */
  realPath(file: string): string | null
  /** Absolute paths of the files recorded in the document register. */
  registeredFiles(): Promise<string[]>
  dataDir: string
  flavour: PathFlavour
  /** Told every path a dialog answered, so the data calls accept it (path-grants.ts). */
  onChosen?(chosen: string): void
}

export interface DesktopIpcRegistrar {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, input: unknown) => Promise<Envelope<unknown>>): void
}

const FOLDER_TITLES: Record<FolderPurpose, string> = {
  backup: 'Chọn thư mục để sao lưu',
  handover: 'Chọn thư mục lưu gói bàn giao',
  documents: 'Chọn thư mục lưu văn bản'
}

const OPEN_FILE_DIALOGS: Record<OpenFilePurpose, { title: string; filter: { name: string; extensions: string[] } }> = {
  excel: { title: 'Chọn tệp Excel để nhập', filter: { name: 'Tệp Excel (.xlsx)', extensions: ['xlsx'] } },
  handover: { title: 'Chọn gói bàn giao', filter: { name: 'Gói bàn giao ANTT Desk', extensions: [HANDOVER_EXTENSION.slice(1)] } },
  backup: { title: 'Chọn tệp sao lưu để khôi phục', filter: { name: 'Bản sao lưu ANTT Desk', extensions: [BACKUP_EXTENSION.slice(1)] } },
  word: { title: 'Chọn mẫu Word đã sửa', filter: { name: 'Tệp Word (.docx)', extensions: ['docx'] } }
}

const SAVE_DIALOGS: Record<SaveFilePurpose, { title: string; extension: string; filter: { name: string; extensions: string[] } }> = {
  excel: { title: 'Lưu tệp Excel', extension: '.xlsx', filter: { name: 'Tệp Excel (.xlsx)', extensions: ['xlsx'] } },
  word: { title: 'Lưu mẫu Word', extension: '.docx', filter: { name: 'Tệp Word (.docx)', extensions: ['docx'] } }
}

const refused = (message: string, code: ApiErrorBody['code'] = 'VALIDATION'): Envelope<never> => ({ ok: false, error: { code, message } })
const done = <T>(data: T): Envelope<T> => ({ ok: true, data })

/** The path rule, run on the path as given and again on its real path (a link inside the folder may point out). */
async function allowedPath(ports: DesktopPorts, raw: string, action: PathAction): Promise<Envelope<string>> {
  const registered = await ports.registeredFiles()
  const lexical = checkShellPath(raw, action, { dataDir: ports.dataDir, registered, flavour: ports.flavour })
  if (!lexical.ok) return refused(lexical.message)
  const real = ports.realPath(lexical.path)
  if (real === null) return refused('Không tìm thấy tệp. Có thể tệp đã bị xóa hoặc chuyển đi; hãy dùng “Tạo lại” ở Sổ văn bản.', 'NOT_FOUND')
  const realContext = {
    dataDir: ports.realPath(ports.dataDir) ?? ports.dataDir,
    registered: registered.map((file) => ports.realPath(file) ?? file),
    flavour: ports.flavour
  }
  const resolved = checkShellPath(real, action, realContext)
  if (!resolved.ok) return refused(resolved.message)
  return done(lexical.path)
}

type Handlers = { [N in DesktopCallName]: (input: never) => Promise<Envelope<DesktopOutputs[N]>> }

export function desktopHandlers(ports: DesktopPorts): Handlers {
  const chosen = (file: string | null): Envelope<string | null> => {
    if (file) ports.onChosen?.(file)
    return done(file)
  }
  return {
    async chooseFolder({ purpose }: { purpose: FolderPurpose }) {
      const answer = await ports.showOpenDialog({ title: FOLDER_TITLES[purpose], buttonLabel: 'Chọn thư mục', properties: ['openDirectory', 'createDirectory', 'promptToCreate'] })
      return chosen(answer.canceled ? null : (answer.filePaths[0] ?? null))
    },
    async chooseFile({ purpose }: { purpose: OpenFilePurpose }) {
      const { title, filter } = OPEN_FILE_DIALOGS[purpose]
      const answer = await ports.showOpenDialog({ title, buttonLabel: 'Chọn', filters: [filter], properties: ['openFile'] })
      return chosen(answer.canceled ? null : (answer.filePaths[0] ?? null))
    },
    async chooseSavePath({ purpose, suggestedName }: { purpose: SaveFilePurpose; suggestedName?: string }) {
      const { title, extension, filter } = SAVE_DIALOGS[purpose]
      const answer = await ports.showSaveDialog({ title, buttonLabel: 'Lưu', filters: [filter], ...(suggestedName ? { defaultPath: suggestedName } : {}) })
      if (answer.canceled || !answer.filePath) return done(null)
      return chosen(answer.filePath.toLowerCase().endsWith(extension) ? answer.filePath : answer.filePath + extension)
    },
    async openFile({ path }: { path: string }) {
      const allowed = await allowedPath(ports, path, 'open')
      if (!allowed.ok) return allowed
      const failure = await ports.openPath(allowed.data)
      return failure ? refused('Không mở được tệp bằng chương trình mặc định. Hãy kiểm tra máy đã cài Word (hoặc chương trình soạn thảo).', 'INTERNAL') : done(null)
    },
    async showInFolder({ path }: { path: string }) {
      const allowed = await allowedPath(ports, path, 'show')
      if (!allowed.ok) return allowed
      ports.showItemInFolder(allowed.data)
      return done(null)
    },
    async printFile({ path }: { path: string }) {
      const allowed = await allowedPath(ports, path, 'print')
      if (!allowed.ok) return allowed
      const outcome = await ports.print(allowed.data)
      return outcome.ok ? done(null) : refused(outcome.message ?? 'Không in được tệp.', 'INTERNAL')
    }
  } as Handlers
}

/** One channel per native action; each checks the sender and validates its input before anything happens. */
export function registerDesktopIpc(ipc: DesktopIpcRegistrar, ports: DesktopPorts): void {
  const handlers = desktopHandlers(ports)
  for (const name of DESKTOP_CALL_NAMES) {
    ipc.handle(desktopChannel(name), async (event, input) => {
      if (!isTrustedSender(event)) return refused('Nguồn yêu cầu không được phép.', 'UNKNOWN_CALL')
      const parsed = desktopSchemas[name].safeParse(input ?? {})
      if (!parsed.success) return refused(parsed.error.issues[0]?.message ?? 'Yêu cầu không hợp lệ.')
      try {
        return await (handlers[name] as (input: unknown) => Promise<Envelope<unknown>>)(parsed.data)
      } catch (error) {
        console.error(`[antt-desk] desktop.${name} failed:`, (error as Error).message)
        return refused('Thao tác không thực hiện được. Vui lòng thử lại.', 'INTERNAL')
      }
    })
  }
}
