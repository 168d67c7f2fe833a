import type { ApiBridge, CallInput, CallName, CallOutput } from '../../../shared/api/contract'
import { ApiError, type Envelope } from '../../../shared/api/errors'

declare global {
  interface Window {
    api?: ApiBridge
  }
}

/** Browser mode: the same calls as POST /api/<name> to the server that served this page. */
async function overHttp(name: string, input: unknown): Promise<Envelope<unknown>> {
  try {
    const response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
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
