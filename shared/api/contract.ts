import type { z } from 'zod'
import { emptyInput } from './fields'
import * as areas from './calls/areas'
import * as units from './calls/units'
import * as settings from './calls/settings'
import type { AppStatus, SampleRemoval } from './calls/app'
import type { Envelope } from './errors'
import type { CALL_NAME_LIST } from './names'

/**
 * The one contract between the renderer and the core: every backend call, its input schema and its output type.
 * The preload exposes exactly these names as `window.api`; the browser-mode server serves them as POST /api/<name>.
 */
interface CallSpec<I extends z.ZodType, O> {
  input: I
  /** Type-only marker for the output; never read at run time. */
  output?: O
}

function call<O>() {
  return <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input })
}

export const contract = {
  'app.status': call<AppStatus>()(emptyInput),
  'app.loadSample': call<AppStatus>()(emptyInput),
  'app.startEmpty': call<AppStatus>()(emptyInput),
  'app.removeSample': call<SampleRemoval>()(emptyInput),

  'areas.list': call<areas.AreaRow[]>()(areas.areaList),
  'areas.create': call<areas.AreaRow>()(areas.areaCreate),
  'areas.update': call<areas.AreaRow>()(areas.areaUpdate),
  'areas.delete': call<{ deleted: true }>()(areas.areaDelete),

  'units.list': call<units.UnitListResult>()(units.unitList),
  'units.get': call<units.UnitRow>()(units.unitGet),
  'units.create': call<units.UnitSaveResult>()(units.unitCreate),
  'units.update': call<units.UnitSaveResult>()(units.unitUpdate),
  'units.deactivate': call<units.UnitRow>()(units.unitDeactivate),
  'units.reactivate': call<units.UnitRow>()(units.unitReactivate),
  'units.delete': call<{ deleted: true }>()(units.unitDelete),

  'settings.getOffice': call<settings.OfficeProfile>()(emptyInput),
  'settings.saveOffice': call<settings.OfficeProfile>()(settings.officeProfileInput),
  'signers.list': call<settings.SignerRow[]>()(emptyInput),
  'signers.create': call<settings.SignerRow>()(settings.signerCreate),
  'signers.update': call<settings.SignerRow>()(settings.signerUpdate),
  'signers.delete': call<{ deleted: true }>()(settings.signerDelete)
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

/** Largest request body either transport accepts. */
export const MAX_PAYLOAD_BYTES = 1_000_000

// The preload's name list and the contract must name the same calls: a difference is a compile error here.
type NamedInList = (typeof CALL_NAME_LIST)[number]
const _listCoversContract: [Exclude<CallName, NamedInList>] extends [never] ? true : never = true
const _contractCoversList: [Exclude<NamedInList, CallName>] extends [never] ? true : never = true
void _listCoversContract
void _contractCoversList
