import Database from 'better-sqlite3'
const db = new Database('/tmp/fts-try.sqlite')
console.log(db.prepare('select sqlite_version() v').get())
let t = performance.now()
db.exec(`CREATE VIRTUAL TABLE unit_search USING fts5(search_fold, content='unit', content_rowid='id', tokenize='trigram');
INSERT INTO unit_search(unit_search) VALUES('rebuild');`)
console.log('build', performance.now() - t)
const pat = '%dong%hai%1%'
for (const [name, q] of [
  ['like', `SELECT u.id FROM unit u WHERE u.active=1 AND u.search_fold LIKE ? ESCAPE '\\' ORDER BY u.sort_key, u.id LIMIT 50`],
  ['fts-escape', `SELECT u.id FROM unit u WHERE u.active=1 AND u.id IN (SELECT rowid FROM unit_search WHERE search_fold LIKE ? ESCAPE '\\') ORDER BY u.sort_key, u.id LIMIT 50`],
  ['fts', `SELECT u.id FROM unit u WHERE u.active=1 AND u.id IN (SELECT rowid FROM unit_search WHERE search_fold LIKE ?) ORDER BY u.sort_key, u.id LIMIT 50`],
  ['fts-count', `SELECT u.type, count(*) FROM unit u WHERE u.active=1 AND u.id IN (SELECT rowid FROM unit_search WHERE search_fold LIKE ?) GROUP BY u.type`],
  ['like-count', `SELECT u.type, count(*) FROM unit u WHERE u.active=1 AND u.search_fold LIKE ? GROUP BY u.type`],
] as const) {
  const st = db.prepare(q)
  st.all(pat)
  t = performance.now()
  for (let i = 0; i < 10; i++) st.all(pat)
  console.log(name, ((performance.now() - t) / 10).toFixed(2), st.all(pat).length)
  console.log(db.prepare('EXPLAIN QUERY PLAN ' + q).all(pat).map((r: any) => r.detail).join(' | '))
}
const rare = '%dong%hai%123%'
const st = db.prepare(`SELECT count(*) n FROM unit_search WHERE search_fold LIKE ?`)
t = performance.now(); console.log(st.get(rare), performance.now() - t)
t = performance.now(); console.log(db.prepare(`SELECT count(*) n FROM unit WHERE search_fold LIKE ?`).get(rare), performance.now() - t)
