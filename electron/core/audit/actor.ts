import os from 'node:os'

/** Who and where, as the operating system knows them: the Windows account and the computer name. */
export interface AuditActor {
  actor: string
  machine: string
}

let cached: AuditActor | null = null

export function currentActor(): AuditActor {
  if (cached) return cached
  let actor: string
  try {
    actor = os.userInfo().username
  } catch {
    // No passwd entry (some containers): fall back to the environment.
    actor = process.env.USERNAME ?? process.env.USER ?? 'không rõ'
  }
  cached = { actor: actor || 'không rõ', machine: os.hostname() || 'không rõ' }
  return cached
}
