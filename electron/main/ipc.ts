import type { IpcMainInvokeEvent } from 'electron'
import { CALL_NAMES } from '../../shared/api/contract'
import type { Envelope } from '../../shared/api/errors'
import type { CoreHost } from '../core/host'
import { isAppUrl } from './app-origin'
import type { PathGrants } from './path-grants'

export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, input: unknown) => Promise<Envelope<unknown>>): void
}

/** The page is trusted only when it is our own bundle, served from app://. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  return isAppUrl(event.senderFrame?.url)
}

/**
 * One handler per contract call; each checks the sender, then (in the app) that its paths came from our dialogs,
 * then goes through the shared dispatcher.
 */
export function registerIpc(ipc: IpcRegistrar, host: CoreHost, grants?: Pick<PathGrants, 'check'>): void {
  for (const name of CALL_NAMES) {
    ipc.handle(`api:${name}`, async (event, input) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'UNKNOWN_CALL', message: 'Nguồn yêu cầu không được phép.' } }
      }
      const refusal = grants?.check(name, input)
      if (refusal) return { ok: false, error: { code: 'VALIDATION', message: refusal } }
      return host.dispatch(name, input)
    })
  }
}
