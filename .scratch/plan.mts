import { openTestCore } from '../test/helpers/temp-core'
import { filteredUnits } from '../electron/core/units/unit-window'
import { unitList } from '../shared/api/calls/units'
const c = openTestCore({ dataDir: '/tmp/prof' })
const db = c.core.ctx.db
const show = async (label: string, q: any) => {
  const { sql, parameters } = q.compile()
  const st = c.core.ctx.sqlite.prepare(sql)
  st.all(...parameters)
  const t = performance.now(); for (let i = 0; i < 5; i++) st.all(...parameters)
  console.log(label, ((performance.now() - t) / 5).toFixed(1), c.core.ctx.sqlite.prepare('EXPLAIN QUERY PLAN ' + sql).all(...parameters).map((r: any) => r.detail).join(' | '))
}
const f = unitList.parse({ search: 'dong hai 1', sort: 'area', limit: 100 })
await show('counts', filteredUnits(db, f, false).select(['u.type', (eb: any) => eb.fn.countAll().as('n')]).groupBy('u.type'))
await show('perArea', filteredUnits(db, f).select(['u.area_id', (eb: any) => eb.fn.countAll().as('n')]).groupBy('u.area_id'))
await show('inArea', filteredUnits(db, f).select('u.id').where('u.area_id', '=', 5).orderBy('u.sort_key').orderBy('u.id').limit(100))
const o = unitList.parse({ outOfScopeOnly: true, limit: 1 })
await show('oos counts', filteredUnits(db, o, false).select(['u.type', (eb: any) => eb.fn.countAll().as('n')]).groupBy('u.type'))
await show('oos ids', filteredUnits(db, o).select('u.id').orderBy('u.sort_key').orderBy('u.id').limit(1))
const { unitWindowIds } = await import('../electron/core/units/unit-window')
for (const s of [{ sort: 'area', search: 'dong hai 1' }, { sort: 'area', offset: 20000 }, {sort:'area'}]) { const ff = unitList.parse({ ...s, limit: 100 }); const t = performance.now(); await unitWindowIds(db, ff); console.log('window', JSON.stringify(s), (performance.now() - t).toFixed(1)) }
await c.close()
