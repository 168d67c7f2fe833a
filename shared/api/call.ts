import type { z } from 'zod'

/** What a call is, beyond its input: facts the transports and the tests read from the call itself. */
export interface CallTraits {
  /** The call changes no data (a list, a status, a preview); the fuzz test lets it accept what happens to be valid. */
  reads?: boolean
  /** A read asked again and again (the dashboard's sums, the registry's counts): kept until the data next changes or the day turns. */
  keptUntilWrite?: boolean
  /**
   * The call starts or steers an import job: answered at once while an import holds the writes (a second start is
   * refused with its reason, a cancel stops it), where other writing calls wait for it to end.
   */
  jobCall?: boolean
}

/** One backend call: its input schema, its traits and, as a type only, its output. */
export interface CallSpec<I extends z.ZodType, O> {
  input: I
  traits: CallTraits
  /** Type-only marker for the output; never read at run time. */
  output?: O
}

/**
 * `call<Output>()(inputSchema)`, or `call<Output>({ reads: true })(inputSchema)` for a call that only reads:
 * declares a call whose input is validated by the schema and which returns Output. Path fields and file contents are
 * marked in the schema itself (fields.ts: `userPath`, `fileContent`).
 */
export function call<O>(traits: CallTraits = {}) {
  return <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input, traits })
}
