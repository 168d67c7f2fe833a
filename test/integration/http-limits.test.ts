import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCoreHost, type CoreHost } from '../../electron/core/host'
import { startWebServer, type RunningServer } from '../../electron/server/http-server'
import { SESSION_KEY_HEADER } from '../../shared/api/web-session'
import { makeTempDir } from '../helpers/temp-core'

let host: CoreHost
let server: RunningServer
beforeAll(async () => {
  const dataDir = makeTempDir()
  host = openCoreHost({ dataDir })
  server = await startWebServer({ host, staticDir: makeTempDir(), port: 0, dataDir })
})
afterAll(async () => {
  await server.close()
  await host.close()
})

const post = (name: string, body: string) =>
  fetch(`${server.origin}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', [SESSION_KEY_HEADER]: server.secret }, body }).then(async (response) => ({
    status: response.status,
    envelope: (await response.json()) as { ok: boolean; error?: { code: string; message: string } }
  }))

describe('payload limits of the browser mode', () => {
  it('keeps 1 MB for ordinary calls and lets only the Excel import carry a file', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(1_200_000), kind: 'PHUONG' })
    const refused = await post('areas.create', big)
    expect(refused.status).toBe(413)
    expect(refused.envelope.error?.message).toMatch(/quá lớn/)
    // 1.2 MB of base64 reaches the import, which answers with its own Vietnamese message (not an Excel file).
    const file = JSON.stringify({ contentBase64: Buffer.alloc(900_000, 65).toString('base64'), fileName: 'a.xlsx' })
    const accepted = await post('exchange.importPreview', file)
    expect(accepted.status).toBe(200)
    expect(accepted.envelope.error?.message).toMatch(/không phải là tệp Excel/)
  })

  it('answers a malformed call name cleanly', async () => {
    const response = await post('%E0%A4%A', '{}')
    expect(response.status).toBe(400)
    expect(response.envelope.error?.code).toBe('UNKNOWN_CALL')
  })
})
