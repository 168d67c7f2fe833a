import path from 'node:path'
import type { SpawnOptions } from 'node:child_process'

/** The part of child_process this module needs, so tests can check the exact program and arguments. */
export type Spawner = (
  command: string,
  args: readonly string[],
  options: SpawnOptions
) => { once(event: 'error', listener: (error: Error) => void): unknown; once(event: 'exit', listener: (code: number | null) => void): unknown }

export const PRINT_UNSUPPORTED_MESSAGE = 'Lệnh In trực tiếp chỉ có trên Windows. Hãy mở tệp bằng Word (hoặc chương trình soạn thảo) rồi in từ đó.'
export const PRINT_FAILED_MESSAGE = 'Không gửi được tệp tới máy in. Hãy mở tệp bằng Word rồi in từ đó.'

/** The environment variable that carries the path: the PowerShell command itself is a constant, never built from it. */
export const PRINT_PATH_VARIABLE = 'ANTT_DESK_PRINT_FILE'

/**
 * Starts the file's "print" verb (Word prints to the default printer and closes). The path reaches PowerShell only
 * through an environment variable and ProcessStartInfo.FileName, so no character in it is ever parsed as a command;
 * no shell is involved and the program is the system's own PowerShell by full path.
 */
const PRINT_SCRIPT = [
  '$ErrorActionPreference = "Stop"',
  '$info = New-Object System.Diagnostics.ProcessStartInfo',
  `$info.FileName = $env:${PRINT_PATH_VARIABLE}`,
  '$info.Verb = "print"',
  '$info.UseShellExecute = $true',
  '$info.WindowStyle = [System.Diagnostics.ProcessWindowStyle]::Hidden',
  '[void][System.Diagnostics.Process]::Start($info)'
].join('; ')

export function powershellPath(env: NodeJS.ProcessEnv): string {
  const root = env.SystemRoot ?? env.windir ?? 'C:\\Windows'
  return path.win32.join(root, 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe')
}

export interface PrintOutcome {
  ok: boolean
  message?: string
}

/** Prints an already checked path; answers with a Vietnamese message instead of throwing. */
export function printWithDefaultProgram(file: string, platform: NodeJS.Platform, spawn: Spawner, env: NodeJS.ProcessEnv = process.env): Promise<PrintOutcome> {
  if (platform !== 'win32') return Promise.resolve({ ok: false, message: PRINT_UNSUPPORTED_MESSAGE })
  return new Promise((resolve) => {
    const child = spawn(powershellPath(env), ['-NoProfile', '-NonInteractive', '-WindowStyle', 'Hidden', '-Command', PRINT_SCRIPT], {
      shell: false,
      windowsHide: true,
      stdio: 'ignore',
      env: { ...env, [PRINT_PATH_VARIABLE]: file }
    })
    child.once('error', () => resolve({ ok: false, message: PRINT_FAILED_MESSAGE }))
    child.once('exit', (code) => resolve(code === 0 ? { ok: true } : { ok: false, message: PRINT_FAILED_MESSAGE }))
  })
}
