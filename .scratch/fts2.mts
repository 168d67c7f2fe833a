import Database from 'better-sqlite3'
const db = new Database('/tmp/fts-try.sqlite')
const pat = '%dong%hai%1%'
const m = '"dong" "hai"'
let t = 0
for (const [name, q, args] of [
  ['match-page', `SELECT u.id FROM unit u WHERE u.active=1 AND u.id IN (SELECT rowid FROM unit_search WHERE unit_search MATCH ?) AND u.search_fold LIKE ? ESCAPE '\\' ORDER BY u.sort_key, u.id LIMIT 50`, [m, pat]],
  ['match-count', `SELECT u.type, count(*) FROM unit u WHERE u.active=1 AND u.id IN (SELECT rowid FROM unit_search WHERE unit_search MATCH ?) AND u.search_fold LIKE ? ESCAPE '\\' GROUP BY u.type`, [m, pat]],
  ['match-only', `SELECT count(*) FROM unit_search WHERE unit_search MATCH ?`, [m]],
  ['like-page', `SELECT u.id FROM unit u WHERE u.active=1 AND u.search_fold LIKE ? ESCAPE '\\' ORDER BY u.sort_key, u.id LIMIT 50`, [pat]],
  ['like-count', `SELECT u.type, count(*) FROM unit u WHERE u.active=1 AND u.search_fold LIKE ? ESCAPE '\\' GROUP BY u.type`, [pat]],
  ['like-count-scan', `SELECT u.type, count(*) FROM unit u NOT INDEXED WHERE u.active=1 AND u.search_fold LIKE ? ESCAPE '\\' GROUP BY u.type`, [pat]],
] as const) {
  const st = db.prepare(q)
  st.all(...args)
  t = performance.now()
  for (let i = 0; i < 20; i++) st.all(...args)
  console.log(name, ((performance.now() - t) / 20).toFixed(2), JSON.stringify(st.all(...args)).slice(0, 80))
  console.log('   ', db.prepare('EXPLAIN QUERY PLAN ' + q).all(...args).map((r: any) => r.detail).join(' | '))
}
