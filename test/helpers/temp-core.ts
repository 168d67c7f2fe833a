import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract'
import { ApiError, type Envelope } from '../../shared/api/errors'
import { createCore, type Core } from '../../electron/core'
import { dispatch } from '../../electron/core/dispatch'

export function makeTempDir(prefix = 'antt-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

export interface TestCore {
  core: Core
  dataDir: string
  /** Calls through the real contract (validation included) and unwraps the envelope; throws ApiError on failure. */
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>
  /** The raw envelope, for tests of refusals. */
  raw(name: string, input: unknown): Promise<Envelope<unknown>>
  close(): Promise<void>
}

/** A core on a real SQLite file in a fresh temp folder. */
export function openTestCore(options: { dataDir?: string; now?: () => Date } = {}): TestCore {
  const dataDir = options.dataDir ?? makeTempDir()
  const core = createCore({ dataDir, appVersion: 'test', ...(options.now ? { now: options.now } : {}) })
  return {
    core,
    dataDir,
    async call(name, input) {
      const envelope = await dispatch(core.handlers, name, input)
      if (!envelope.ok) throw new ApiError(envelope.error)
      return envelope.data as never
    },
    raw: (name, input) => dispatch(core.handlers, name, input),
    close: () => core.close()
  }
}

/** Expects a call to fail; returns the error body for assertions on code, message and fields. */
export async function expectRefusal(promise: Promise<unknown>): Promise<ApiError['body']> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ApiError) return error.body
    throw error
  }
  throw new Error('Expected the call to be refused, but it succeeded')
}
