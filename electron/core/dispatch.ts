import { ZodError } from 'zod'
import { contract, isCallName, type ApiHandlers, type CallName } from '../../shared/api/contract'
import { ApiError, type ApiErrorBody, type Envelope } from '../../shared/api/errors'

function fromZod(error: ZodError): ApiErrorBody {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.filter((part) => part !== 'values').join('.') || '_'
    fields[key] ??= issue.message
  }
  const first = error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.'
  return { code: 'VALIDATION', message: first, fields }
}

/**
 * The one entry point of both transports (IPC and HTTP): check the name, validate the input against its schema,
 * call the handler, and turn every outcome into an envelope. Nothing unvalidated reaches core.
 */
export async function dispatch(handlers: ApiHandlers, name: string, rawInput: unknown): Promise<Envelope<unknown>> {
  if (!isCallName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_CALL', message: `Yêu cầu không được hỗ trợ: “${name.slice(0, 80)}”.` } }
  }
  const parsed = contract[name].input.safeParse(rawInput ?? {})
  if (!parsed.success) return { ok: false, error: fromZod(parsed.error) }
  try {
    const handler = handlers[name] as (input: unknown) => unknown
    const data = await handler(parsed.data)
    return { ok: true, data }
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.body }
    if (error instanceof ZodError) return { ok: false, error: fromZod(error) }
    console.error(`[antt-desk] ${name as CallName} failed:`, error)
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong muốn; dữ liệu không bị thay đổi. Vui lòng thử lại.' }
    }
  }
}
