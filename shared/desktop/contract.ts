import { z } from 'zod'
import type { Envelope } from '../api/errors'

/**
 * `window.desktop`: the few native actions of the Electron shell (dialogs, Word, Explorer, printing), separate from the
 * data contract `window.api`. The browser mode has none of them. Each call is one named IPC channel `desktop:<name>`;
 * main validates the input with these schemas and checks the sender before doing anything.
 *
 * The renderer never chooses a dialog's title or filters: it names a purpose and main picks the rest.
 */
export const FOLDER_PURPOSES = ['backup', 'handover', 'documents'] as const
export const OPEN_FILE_PURPOSES = ['excel', 'handover', 'backup', 'word'] as const
export const SAVE_FILE_PURPOSES = ['excel', 'word'] as const

/** A path the renderer got from the register or a dialog: absolute, one line, of sane length. */
const filePath = z
  .string({ error: 'Đường dẫn tệp không hợp lệ.' })
  .min(1, 'Đường dẫn tệp không hợp lệ.')
  .max(1000, 'Đường dẫn tệp quá dài.')

/** A file name offered in the save dialog: no folder part, no characters Windows refuses. */
const suggestedName = z
  .string()
  .max(200, 'Tên tệp quá dài.')
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what is refused
  .regex(/^[^<>:"/\\|?*\u0000-\u001f]*$/u, 'Tên tệp không được chứa các ký tự < > : " / \\ | ? *')

export const desktopSchemas = {
  chooseFolder: z.object({ purpose: z.enum(FOLDER_PURPOSES, { error: 'Mục đích chọn thư mục không hợp lệ.' }) }).strict(),
  chooseFile: z.object({ purpose: z.enum(OPEN_FILE_PURPOSES, { error: 'Loại tệp cần chọn không hợp lệ.' }) }).strict(),
  chooseSavePath: z
    .object({ purpose: z.enum(SAVE_FILE_PURPOSES, { error: 'Loại tệp cần lưu không hợp lệ.' }), suggestedName: suggestedName.optional() })
    .strict(),
  openFile: z.object({ path: filePath }).strict(),
  showInFolder: z.object({ path: filePath }).strict(),
  printFile: z.object({ path: filePath }).strict()
} as const

export type DesktopCallName = keyof typeof desktopSchemas
export const DESKTOP_CALL_NAMES = Object.keys(desktopSchemas) as DesktopCallName[]

export type FolderPurpose = (typeof FOLDER_PURPOSES)[number]
export type OpenFilePurpose = (typeof OPEN_FILE_PURPOSES)[number]
export type SaveFilePurpose = (typeof SAVE_FILE_PURPOSES)[number]

/** What each call answers: a chosen path (null when the dialog was cancelled), or nothing. */
export interface DesktopOutputs {
  chooseFolder: string | null
  chooseFile: string | null
  chooseSavePath: string | null
  openFile: null
  showInFolder: null
  printFile: null
}

export type DesktopInput<N extends DesktopCallName> = z.input<(typeof desktopSchemas)[N]>

/** The preload object, checked against this declaration: a missing or misspelled call is a compile error. */
export type DesktopBridge = {
  [N in DesktopCallName]: (input: DesktopInput<N>) => Promise<Envelope<DesktopOutputs[N]>>
}

export const desktopChannel = (name: DesktopCallName): string => `desktop:${name}`
