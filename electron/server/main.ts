import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { openCoreHost } from '../core/host'
import { startBackupSchedule } from '../core/backup/schedule'
import { startWebServer } from './http-server'

/**
 * `npm run start:web`: the app in a browser, against the same core. Data folder from ANTT_DATA_DIR (default
 * ./.antt-data), port from PORT (default 5174), 127.0.0.1 only.
 */
async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.ANTT_DATA_DIR ?? '.antt-data')
  const port = Number(process.env.PORT ?? 5174)
  const here = path.dirname(fileURLToPath(import.meta.url))
  const staticDir = path.resolve(here, '../renderer')
  const host = openCoreHost({ dataDir, appVersion: process.env.npm_package_version ?? '0.1.0' })
  if (host.startupError) console.error(host.startupError.message)
  const backups = startBackupSchedule(host)
  const server = await startWebServer({ host, staticDir, port })
  console.log(`ANTT Desk (chế độ trình duyệt): ${server.url}`)
  console.log(`Dữ liệu: ${dataDir}`)
  const stop = () => {
    void server.close().then(async () => {
      await backups.stop()
      await host.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
