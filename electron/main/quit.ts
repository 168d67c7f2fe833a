/** The part of Electron's `app` the quit sequence needs. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown
  quit(): void
}

/** A backup that hangs (a dying disk) must not keep an invisible process alive for ever. */
export const QUIT_WORK_TIMEOUT_MS = 120_000

/**
 * Electron does not wait for promises at quit. So the first `before-quit` is cancelled, the work (the quit backup,
 * then closing the database) runs once, and `app.quit()` is called again; the second `before-quit` passes. Further
 * quit requests while the work runs are cancelled too, so the work never runs twice.
 */
export function installQuitSequence(
  app: QuittingApp,
  finish: () => Promise<void>,
  timeoutMs = QUIT_WORK_TIMEOUT_MS,
  log: (message: string) => void = (message) => console.error(message)
): void {
  let state: 'running' | 'finishing' | 'done' = 'running'
  app.on('before-quit', (event) => {
    if (state === 'done') return
    event.preventDefault()
    if (state === 'finishing') return
    state = 'finishing'
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        log('[antt-desk] quit work took too long; quitting anyway')
        resolve()
      }, timeoutMs)
    })
    void Promise.race([finish(), timeout])
      .catch((error: unknown) => log(`[antt-desk] quit work failed: ${(error as Error).message}`))
      .finally(() => {
        clearTimeout(timer)
        state = 'done'
        app.quit()
      })
  })
}
