import type { z } from 'zod'
import type { CallSpec } from './call'
import type { Envelope } from './errors'
import { fieldsOfKind, valuesAt, type FieldLocation } from './field-walk'
import { appCalls } from './calls/app'
import { areaCalls } from './calls/areas'
import { unitCalls } from './calls/units'
import { settingsCalls } from './calls/settings'
import { cycleCalls } from './calls/cycle'
import { documentCalls } from './calls/documents'
import { auditCalls } from './calls/audit'
import { backupCalls } from './calls/backup'
import { recoveryCalls } from './calls/recovery'
import { exchangeCalls } from './calls/exchange'
import { handoverCalls } from './calls/handover'
import { modelCalls } from './calls/models'

/**
 * The one contract between the renderer and the core: every backend call, its input schema and its output type.
 * The preload exposes exactly these names as `window.api`; the browser-mode server serves them as POST /api/<name>.
 * Each area declares its calls in shared/api/calls/<area>.ts with `call<Output>()(inputSchema)`; this is their union.
 */
export const contract = {
  ...appCalls,
  ...areaCalls,
  ...unitCalls,
  ...settingsCalls,
  ...cycleCalls,
  ...documentCalls,
  ...auditCalls,
  ...backupCalls,
  ...recoveryCalls,
  ...exchangeCalls,
  ...handoverCalls,
  ...modelCalls
} as const

export type Contract = typeof contract
export type CallName = keyof Contract
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>
export type CallOutput<N extends CallName> = Contract[N] extends CallSpec<z.ZodType, infer O> ? O : never

export const CALL_NAMES = Object.keys(contract) as CallName[]

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

/** What `window.api` is: one function per call, answering with an envelope. */
export type ApiBridge = { [N in CallName]: (input: CallInput<N>) => Promise<Envelope<CallOutput<N>>> }

/** What core implements: one handler per call, taking the parsed input. */
export type ApiHandlers = { [N in CallName]: (input: ParsedInput<N>) => CallOutput<N> | Promise<CallOutput<N>> }

/** The handlers of one area's calls, e.g. `HandlersOf<typeof unitCalls>`. */
export type HandlersOf<Calls> = { [N in keyof Calls & CallName]: ApiHandlers[N] }

/** Largest request body either transport accepts. */
export const MAX_PAYLOAD_BYTES = 1_000_000

/** Largest request body of a call that carries a whole file (`fileContent` in its schema; capped there). */
export const MAX_IMPORT_PAYLOAD_BYTES = 17_000_000

const locations = new Map<string, { paths: FieldLocation[]; carriesFile: boolean }>()
function locationsOf(name: CallName) {
  let found = locations.get(name)
  if (!found) {
    const input = contract[name].input
    found = { paths: fieldsOfKind(input, 'userPath'), carriesFile: fieldsOfKind(input, 'fileContent').length > 0 }
    locations.set(name, found)
  }
  return found
}

/** Where a call's input carries paths on this machine (its `userPath` fields); none for an unknown name. */
export function pathFieldsOf(name: string): FieldLocation[] {
  return isCallName(name) ? locationsOf(name).paths : []
}

/** The path strings a raw input carries in its `userPath` fields (empty strings and non-strings left to validation). */
export function pathsIn(name: string, input: unknown): string[] {
  return pathFieldsOf(name)
    .flatMap((location) => valuesAt(input, location))
    .filter((value): value is string => typeof value === 'string' && value !== '')
}

export function payloadLimit(name: string): number {
  return isCallName(name) && locationsOf(name).carriesFile ? MAX_IMPORT_PAYLOAD_BYTES : MAX_PAYLOAD_BYTES
}
