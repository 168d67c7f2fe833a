import type { ApiBridge, CallInput, CallName, CallOutput } from '../../../shared/api/contract'
import { ApiError, type Envelope } from '../../../shared/api/errors'
import { SESSION_KEY_HEADER, SESSION_KEY_PARAM } from '../../../shared/api/web-session'

declare global {
  interface Window {
    api?: ApiBridge
  }
}

const KEY_STORAGE = 'antt-desk-key'

/**
 * Browser mode: the per-launch key comes in the URL the server printed (`?key=…`); the tab keeps it (a reload still
 * works) and the address bar drops it, so it is not left in the history or in a screenshot.
 */
function sessionKey(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get(SESSION_KEY_PARAM)
  if (fromUrl) {
    window.sessionStorage.setItem(KEY_STORAGE, fromUrl)
    url.searchParams.delete(SESSION_KEY_PARAM)
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash)
  }
  return window.sessionStorage.getItem(KEY_STORAGE) ?? ''
}

/** Browser mode: the same calls as POST /api/<name> to the server that served this page. */
async function overHttp(name: string, input: unknown): Promise<Envelope<unknown>> {
  try {
    const response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [SESSION_KEY_HEADER]: sessionKey() },
      body: JSON.stringify(input ?? {})
    })
    return (await response.json()) as Envelope<unknown>
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Không kết nối được với phần xử lý dữ liệu của ứng dụng.' } }
  }
}

/** Calls the backend through whichever transport is there, and throws ApiError on failure. */
export async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const bridge = window.api
  const envelope = bridge
    ? await (bridge[name] as (input: unknown) => Promise<Envelope<unknown>>)(input)
    : await overHttp(name, input)
  if (!envelope.ok) throw new ApiError(envelope.error)
  return envelope.data as CallOutput<N>
}
