import { openTestCore } from '../test/helpers/temp-core'
let t = performance.now()
const c = openTestCore({ dataDir: '/tmp/prof' })
console.log('open', (performance.now() - t).toFixed(1))
const time = async (label: string, name: any, input: any, n = 3) => {
  const ts: number[] = []
  for (let i = 0; i < n; i++) { const t0 = performance.now(); await c.call(name, input); ts.push(performance.now() - t0) }
  console.log(label.padEnd(30), ts.map((x) => x.toFixed(1)).join(' '))
}
await time('units limit1', 'units.list', { limit: 1 })
await time('units oos', 'units.list', { limit: 1, outOfScopeOnly: true })
await time('units area 500', 'units.list', { sort: 'area', limit: 500 })
await time('units name 500', 'units.list', { sort: 'name', limit: 500 })
await time('units search', 'units.list', { sort: 'area', search: 'dong hai 1', limit: 100 })
await time('units off20000 name', 'units.list', { sort: 'name', offset: 20000, limit: 100 })
await time('units off20000 area', 'units.list', { sort: 'area', offset: 20000, limit: 100 })
await time('dashboard', 'dashboard.get', { year: 2026 })
await time('areas', 'areas.list', {})
await time('board', 'board.list', { year: 2026, limit: 500 })
await time('status', 'app.status', {})
await time('health', 'backup.health', {}, 1)
await c.close()
