import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { contract, isCallName, pathFieldsOf, payloadLimit } from '../../shared/api/contract'
import type { Envelope } from '../../shared/api/errors'
import { SESSION_KEY_HEADER, SESSION_KEY_PARAM } from '../../shared/api/web-session'
import type { CoreHost } from '../core/host'
import { createPathConfinement } from './path-confinement'

/**
 * The browser mode (development and tests): the same contract as the desktop app, as POST /api/<name> on
 * 127.0.0.1 only, plus the built renderer as static files. Never listens on another interface.
 */
export interface WebServerOptions {
  /** The opened core, or the recovery mode when the data could not be opened (shown by the start screen). */
  host: CoreHost
  staticDir: string
  port: number
  /** The data folder: paths sent by the page must lie in it or in `allowedFolders`. */
  dataDir: string
  /** Folders the user configured at launch (ANTT_ALLOWED_DIRS) for backups, exports and imports by path. */
  allowedFolders?: readonly string[]
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

interface Guards {
  secret: Buffer
  confine: (name: string, input: unknown) => string | null
}

/** Compared in constant time, so the answer's timing tells nothing about the key. */
function hasKey(req: http.IncomingMessage, secret: Buffer): boolean {
  const sent = req.headers[SESSION_KEY_HEADER]
  if (typeof sent !== 'string') return false
  const given = Buffer.from(sent, 'utf8')
  return given.length === secret.length && crypto.timingSafeEqual(given, secret)
}

async function handleApi(options: WebServerOptions, guards: Guards, rawName: string, req: http.IncomingMessage, res: http.ServerResponse) {
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
  if (!hasKey(req, guards.secret)) {
    sendJson(res, 401, { ok: false, error: { code: 'UNKNOWN_CALL', message: NO_KEY_MESSAGE } })
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
  // A path outside the data folder and the configured folders never reaches core (checked once the input is valid,
  // so a malformed path gets the schema's own message).
  if (isCallName(name) && pathFieldsOf(name).length > 0 && contract[name].input.safeParse(input ?? {}).success) {
    const refusal = guards.confine(name, input)
    if (refusal) {
      sendJson(res, 200, { ok: false, error: { code: 'VALIDATION', message: refusal } })
      return
    }
  }
  sendJson(res, 200, await options.host.dispatch(name, input))
}

const NO_KEY_MESSAGE =
  'Thiếu khóa phiên làm việc hoặc khóa không đúng. Hãy mở ứng dụng bằng đường dẫn đầy đủ (có khóa) mà máy chủ in ra khi khởi động.'

/** DNS rebinding: a foreign name that resolves to 127.0.0.1 still sends its own Host; only ours are answered. */
function isOwnHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
  res.end(text)
}

function serveStatic(staticDir: string, urlPath: string, res: http.ServerResponse): void {
  const root = path.resolve(staticDir)
  const decoded = decodeName(urlPath)
  if (decoded === null) {
    sendText(res, 400, 'Đường dẫn không hợp lệ.')
    return
  }
  const requested = path.resolve(root, '.' + decoded)
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
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
}

export interface RunningServer {
  /** What to open: the origin with the per-launch key, `http://127.0.0.1:PORT/?key=…`. */
  url: string
  /** `http://127.0.0.1:PORT` */
  origin: string
  /** The per-launch key every /api call must send (header SESSION_KEY_HEADER). */
  secret: string
  close(): Promise<void>
}

async function handleRequest(options: WebServerOptions, guards: Guards, port: number, req: http.IncomingMessage, res: http.ServerResponse) {
  if (!isOwnHost(req.headers.host, port)) {
    sendJson(res, 403, { ok: false, error: { code: 'UNKNOWN_CALL', message: 'Tên máy chủ của yêu cầu không được phép.' } })
    return
  }
  let url: URL
  try {
    url = new URL(req.url ?? '/', 'http://127.0.0.1')
  } catch {
    sendText(res, 400, 'Đường dẫn không hợp lệ.')
    return
  }
  const api = /^\/api\/([^/]+)$/.exec(url.pathname)
  if (api) {
    await handleApi(options, guards, api[1] as string, req, res)
    return
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405)
    res.end()
    return
  }
  serveStatic(options.staticDir, url.pathname, res)
}

export function startWebServer(options: WebServerOptions): Promise<RunningServer> {
  const secretText = crypto.randomBytes(24).toString('base64url')
  const guards: Guards = {
    secret: Buffer.from(secretText, 'utf8'),
    confine: createPathConfinement([options.dataDir, ...(options.allowedFolders ?? [])])
  }
  let port = 0
  // One error boundary for every request: whatever throws (synchronously or not) answers 500, the server keeps going.
  const server = http.createServer((req, res) => {
    handleRequest(options, guards, port, req, res).catch((error: unknown) => {
      console.error('[antt-desk] request failed:', error)
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong muốn.' } })
      else res.destroy()
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port
      const origin = `http://127.0.0.1:${port}`
      resolve({
        url: `${origin}/?${SESSION_KEY_PARAM}=${secretText}`,
        origin,
        secret: secretText,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          })
      })
    })
  })
}
