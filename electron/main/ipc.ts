import type { IpcMainInvokeEvent } from 'electron'
import { CALL_NAMES } from '../../shared/api/contract'
import type { ApiErrorBody, Envelope } from '../../shared/api/errors'
import { dispatch } from '../core/dispatch'
import type { Core } from '../core'

export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, input: unknown) => Promise<Envelope<unknown>>): void
}

/** The page is trusted only when it is our own bundle, served from app://. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url
  if (!url) return false
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'app:' && parsed.host === 'antt-desk'
  } catch {
    return false
  }
}

/** One handler per contract call; each checks the sender, then goes through the shared dispatcher. */
export function registerIpc(ipc: IpcRegistrar, core: Core | { startupError: ApiErrorBody }): void {
  for (const name of CALL_NAMES) {
    ipc.handle(`api:${name}`, async (event, input) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'UNKNOWN_CALL', message: 'Nguồn yêu cầu không được phép.' } }
      }
      if ('startupError' in core) return { ok: false, error: core.startupError }
      return dispatch(core.handlers, name, input)
    })
  }
}
