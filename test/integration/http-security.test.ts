import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCoreHost, type CoreHost } from '../../electron/core/host'
import { startWebServer, type RunningServer } from '../../electron/server/http-server'
import { DOC_KINDS } from '../../shared/documents/spec'
import { SESSION_KEY_HEADER } from '../../shared/api/web-session'
import { makeTempDir } from '../helpers/temp-core'

/**
 * The browser mode against DNS rebinding and other local pages: only our own Host names, a per-launch key on every
 * /api call, paths confined to the data folder and the configured folders, and one error boundary for every request.
 */
let host: CoreHost
let server: RunningServer
let dataDir: string
let allowed: string
let outside: string
beforeAll(async () => {
  dataDir = makeTempDir()
  allowed = makeTempDir('antt-allowed-')
  outside = makeTempDir('antt-outside-')
  host = openCoreHost({ dataDir })
  server = await startWebServer({ host, staticDir: makeTempDir(), port: 0, dataDir, allowedFolders: [allowed] })
})
afterAll(async () => {
  await server.close()
  await host.close()
})

interface Answer {
  status: number
  body: string
}

/** A raw request, so the Host header can be anything (fetch does not let a caller set it). */
function request(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  const { port } = new URL(server.origin)
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: Number(port), method: options.method ?? 'POST', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const hostHeader = () => new URL(server.origin).host
const api = (name: string, input: unknown, headers: Record<string, string> = {}) =>
  request({
    path: `/api/${name}`,
    headers: { Host: hostHeader(), 'Content-Type': 'application/json', [SESSION_KEY_HEADER]: server.secret, ...headers },
    body: JSON.stringify(input)
  })
const envelope = (answer: Answer) => JSON.parse(answer.body) as { ok: boolean; error?: { code: string; message: string; fields?: Record<string, string> } }

describe('the browser mode refuses requests that are not from its own page', () => {
  it('prints a URL that carries the per-launch key, and answers with it', async () => {
    expect(server.url).toContain(server.secret)
    expect(server.secret.length).toBeGreaterThanOrEqual(32)
    const answer = await api('app.status', {})
    expect(answer.status).toBe(200)
    expect(envelope(answer).ok).toBe(true)
  })

  it('refuses a foreign Host (DNS rebinding), even with the key', async () => {
    for (const foreign of ['attacker.example:80', `evil.test:${new URL(server.origin).port}`, '127.0.0.1', 'localhost:1']) {
      const answer = await api('units.list', {}, { Host: foreign })
      expect(answer.status, foreign).toBe(403)
      expect(envelope(answer).error?.message).toMatch(/không được phép/)
    }
    const page = await request({ method: 'GET', path: '/', headers: { Host: 'attacker.example' } })
    expect(page.status).toBe(403)
    const local = await api('app.status', {}, { Host: `localhost:${new URL(server.origin).port}` })
    expect(local.status).toBe(200)
  })

  it('refuses an /api call without the key or with a wrong one', async () => {
    const none = await request({ path: '/api/units.list', headers: { Host: hostHeader(), 'Content-Type': 'application/json' }, body: '{}' })
    expect(none.status).toBe(401)
    expect(envelope(none).error?.message).toMatch(/khóa/)
    const wrong = await api('units.list', {}, { [SESSION_KEY_HEADER]: 'x'.repeat(server.secret.length) })
    expect(wrong.status).toBe(401)
  })

  it('keeps the Origin check', async () => {
    const answer = await api('units.list', {}, { Origin: 'http://attacker.example' })
    expect(answer.status).toBe(403)
    // An origin that only starts like ours is another origin.
    expect((await api('units.list', {}, { Origin: `${server.origin}.evil.com` })).status).toBe(403)
  })
})

describe('one error boundary for every request', () => {
  it('answers GET /% with 400 and keeps answering', async () => {
    const bad = await request({ method: 'GET', path: '/%', headers: { Host: hostHeader() } })
    expect(bad.status).toBe(400)
    const alsoBad = await request({ method: 'GET', path: '/assets/%E0%A4%A', headers: { Host: hostHeader() } })
    expect(alsoBad.status).toBe(400)
    const after = await api('app.status', {})
    expect(after.status).toBe(200)
  })
})

describe('path fields are confined to the data folder and the configured folders', () => {
  it('refuses to write an export outside them and writes nothing there', async () => {
    const target = path.join(outside, 'so-don-vi.xlsx')
    const answer = await api('exchange.exportRegistry', { file: target })
    expect(envelope(answer).ok).toBe(false)
    expect(envelope(answer).error?.message).toMatch(/thư mục dữ liệu/)
    expect(fs.existsSync(target)).toBe(false)
    for (const [name, input] of [
      ['backup.create', { folder: outside }],
      ['handover.export', { folder: outside }]
    ] as const) {
      expect(envelope(await api(name, input)).ok, name).toBe(false)
    }
    expect(fs.readdirSync(outside)).toEqual([])
  })

  it('does not tell whether a file outside exists (same refusal for both)', async () => {
    fs.writeFileSync(path.join(outside, 'co.xlsx'), 'x')
    const exists = envelope(await api('exchange.importPreview', { file: path.join(outside, 'co.xlsx') }))
    const missing = envelope(await api('exchange.importPreview', { file: path.join(outside, 'khong.xlsx') }))
    expect(exists.ok).toBe(false)
    expect(exists.error).toEqual(missing.error)
  })

  it('accepts a configured folder and the data folder', async () => {
    const inAllowed = envelope(await api('exchange.exportRegistry', { file: path.join(allowed, 'so.xlsx') }))
    expect(inAllowed.ok).toBe(true)
    expect(fs.existsSync(path.join(allowed, 'so.xlsx'))).toBe(true)
    const inData = envelope(await api('backup.create', { folder: dataDir }))
    expect(inData.ok).toBe(true)
  })

  it('refuses a relative document folder instead of resolving it against the server’s folder', async () => {
    const request = { kind: DOC_KINDS[0], year: 2021, issueYear: 2021 }
    const answer = envelope(await api('documents.generate', { request, folder: 'van-ban-ra-ngoai' }))
    expect(answer.ok).toBe(false)
    expect(answer.error?.code).toBe('VALIDATION')
    expect(answer.error?.fields?.folder).toMatch(/đường dẫn đầy đủ/)
    expect(fs.existsSync(path.resolve('van-ban-ra-ngoai'))).toBe(false)
  })
})
