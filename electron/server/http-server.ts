import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { payloadLimit } from '../../shared/api/contract'
import type { Envelope } from '../../shared/api/errors'
import type { CoreHost } from '../core/host'

/**
 * The browser mode (development and tests): the same contract as the desktop app, as POST /api/<name> on
 * 127.0.0.1 only, plus the built renderer as static files. Never listens on another interface.
 */
export interface WebServerOptions {
  /** The opened core, or the recovery mode when the data could not be opened (shown by the start screen). */
  host: CoreHost
  staticDir: string
  port: number
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8'
}

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer'
}

function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS })
  res.end(text)
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function decodeName(raw: string): string | null {
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

async function handleApi(options: WebServerOptions, rawName: string, req: http.IncomingMessage, res: http.ServerResponse) {
  const name = decodeName(rawName)
  if (name === null) {
    sendJson(res, 400, { ok: false, error: { code: 'UNKNOWN_CALL', message: 'Yêu cầu không được hỗ trợ.' } })
    return
  }
  if (req.method !== 'POST') {
    sendJson(res, 405, { ok: false, error: { code: 'UNKNOWN_CALL', message: 'Chỉ chấp nhận yêu cầu POST.' } })
    return
  }
  // Only the page this server serves may call it (blocks other local pages posting to 127.0.0.1).
  const origin = req.headers.origin
  if (origin !== undefined && origin !== `http://${req.headers.host}`) {
    sendJson(res, 403, { ok: false, error: { code: 'UNKNOWN_CALL', message: 'Nguồn yêu cầu không được phép.' } })
    return
  }
  const body = await readBody(req, payloadLimit(name))
  if (body === null) {
    sendJson(res, 413, { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn; yêu cầu bị từ chối.' } })
    return
  }
  let input: unknown
  try {
    input = body.trim() === '' ? {} : JSON.parse(body)
  } catch {
    sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Yêu cầu không đúng định dạng JSON.' } })
    return
  }
  sendJson(res, 200, await options.host.dispatch(name, input))
}

function serveStatic(staticDir: string, urlPath: string, res: http.ServerResponse): void {
  const root = path.resolve(staticDir)
  const requested = path.resolve(root, '.' + decodeURIComponent(urlPath))
  const inside = requested === root || requested.startsWith(root + path.sep)
  let file = inside && fs.existsSync(requested) && fs.statSync(requested).isFile() ? requested : path.join(root, 'index.html')
  if (!fs.existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Chưa có bản dựng giao diện. Hãy chạy “npm run build”.')
    return
  }
  file = path.normalize(file)
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    ...SECURITY_HEADERS
  })
  fs.createReadStream(file).pipe(res)
}

export interface RunningServer {
  url: string
  close(): Promise<void>
}

export function startWebServer(options: WebServerOptions): Promise<RunningServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const api = /^\/api\/([^/]+)$/.exec(url.pathname)
    if (api) {
      handleApi(options, api[1] as string, req, res).catch((error: unknown) => {
        console.error('[antt-desk] request failed:', error)
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong muốn.' } })
      })
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405)
      res.end()
      return
    }
    serveStatic(options.staticDir, url.pathname, res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          })
      })
    })
  })
}
