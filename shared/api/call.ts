import type { z } from 'zod'

/** One backend call: its input schema and, as a type only, its output. */
export interface CallSpec<I extends z.ZodType, O> {
  input: I
  /** Type-only marker for the output; never read at run time. */
  output?: O
}

/** `call<Output>()(inputSchema)`: declares a call whose input is validated by the schema and which returns Output. */
export function call<O>() {
  return <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input })
}
