import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { openCoreHost } from '../core/host'
import { startBackupSchedule } from '../core/backup/schedule'
import { startWebServer } from './http-server'
import { allowedFoldersFromEnv } from './path-confinement'

/**
 * `npm run start:web`: the app in a browser, against the same core. Data folder from ANTT_DATA_DIR (default
 * ./.antt-data), port from PORT (default 5174), 127.0.0.1 only. ANTT_ALLOWED_DIRS adds folders (besides the data
 * folder) that typed paths may name. The printed URL carries the per-launch key: open exactly that URL.
 */
async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.ANTT_DATA_DIR ?? '.antt-data')
  const port = Number(process.env.PORT ?? 5174)
  const here = path.dirname(fileURLToPath(import.meta.url))
  const staticDir = path.resolve(here, '../renderer')
  const host = openCoreHost({ dataDir, appVersion: process.env.npm_package_version ?? '0.1.0' })
  if (host.startupError) console.error(host.startupError.message)
  const backups = startBackupSchedule(host)
  const allowedFolders = allowedFoldersFromEnv(process.env.ANTT_ALLOWED_DIRS)
  const server = await startWebServer({ host, staticDir, port, dataDir, allowedFolders })
  console.log(`ANTT Desk (chế độ trình duyệt): ${server.url}`)
  console.log(`Dữ liệu: ${dataDir}`)
  for (const folder of allowedFolders) console.log(`Thư mục được phép: ${folder}`)
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
