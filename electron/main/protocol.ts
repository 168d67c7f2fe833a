import fs from 'node:fs'
import path from 'node:path'
import { net, protocol } from 'electron'
import { pathToFileURL } from 'node:url'

/** The renderer's policy; index.html carries the same one (without frame-ancestors, which a <meta> cannot set). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** Must run before the app is ready: app:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Serves the built renderer from app://antt-desk/, never a file outside it, always with the CSP. */
export function serveRenderer(rendererDir: string): void {
  const root = path.resolve(rendererDir)
  protocol.handle('app', async (request) => {
    const url = new URL(request.url)
    const target = path.resolve(root, '.' + decodeURIComponent(url.pathname))
    const inside = target.startsWith(root + path.sep)
    const file = inside && fs.existsSync(target) ? target : path.join(root, 'index.html')
    const response = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(response.headers)
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    return new Response(response.body, { status: response.status, headers })
  })
}
