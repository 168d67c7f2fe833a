import { openTestCore } from '../test/helpers/temp-core'
import { filteredUnits } from '../electron/core/units/unit-window'
import { unitList } from '../shared/api/calls/units'
import { sql } from 'kysely'
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
const spanned = Array.from({ length: 60 }, (_, i) => i + 2)
await show('json', filteredUnits(db, f).innerJoin(sql`json_each(${JSON.stringify(spanned)})`.as('b'), (join: any) => join.on(sql`b.value IS u.area_id`)).select('u.id').orderBy(sql`b.key`).orderBy('u.sort_key').orderBy('u.id').limit(100))
c.core.ctx.sqlite.exec('ANALYZE unit')
const o = unitList.parse({ outOfScopeOnly: true, limit: 1 })
await show('oos counts', filteredUnits(db, o, false).select(['u.type', (eb: any) => eb.fn.countAll().as('n')]).groupBy('u.type'))
await c.close()
