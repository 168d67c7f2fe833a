/** What crosses the contract when a call fails: a code for the program, a Vietnamese message for the person. */
export const ERROR_CODES = [
  'VALIDATION',
  'INVALID_TRANSITION',
  'NEEDS_CONFIRMATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_CALL',
  'PAYLOAD_TOO_LARGE',
  'DB_NOT_SQLITE',
  'DB_CORRUPT',
  'DB_FROM_NEWER_VERSION',
  'DB_IN_USE',
  'BACKUP_FAILED',
  'INTERNAL'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiErrorBody {
  code: ErrorCode
  message: string
  /** Messages per field path ("name", "householdsTotal"), shown at the field. */
  fields?: Record<string, string>
  /** For NEEDS_CONFIRMATION: what the user must acknowledge before the call is sent again with confirmed = true. */
  warnings?: string[]
  /** For a bulk step refused on some rows: those rows (the first BLOCKED_LISTED) and why, to list and to leave out. */
  blocked?: BlockedRow[]
  /** How many rows of the bulk step were blocked in all (more than `blocked` lists when very many). */
  blockedCount?: number
}

export interface BlockedRow {
  id: number
  name: string
  errors: string[]
}

/** At most this many blocked rows cross the contract (the rest are counted). */
export const BLOCKED_LISTED = 500

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody }

/** Thrown by core and by the renderer's client; carries the body unchanged across transports. */
export class ApiError extends Error {
  readonly body: ApiErrorBody
  constructor(body: ApiErrorBody) {
    super(body.message)
    this.name = 'ApiError'
    this.body = body
  }
  get code(): ErrorCode {
    return this.body.code
  }
}

export function validationError(message: string, fields?: Record<string, string>): ApiError {
  return new ApiError({ code: 'VALIDATION', message, ...(fields ? { fields } : {}) })
}

export function fieldError(field: string, message: string): ApiError {
  return validationError(message, { [field]: message })
}

export function notFound(message: string): ApiError {
  return new ApiError({ code: 'NOT_FOUND', message })
}
