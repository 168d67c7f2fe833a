// `npm start` rebuilds better-sqlite3 for Electron's ABI; the tests run under Node. Before the tests, make sure the
// native module loads in this Node, and rebuild it for Node when it was last built for Electron.
import { execSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
try {
  const Database = require('better-sqlite3')
  new Database(':memory:').close()
} catch (error) {
  if (!/NODE_MODULE_VERSION|compiled against a different Node/.test(String(error))) throw error
  console.log('better-sqlite3 was built for Electron; rebuilding it for Node before the tests…')
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' })
}
