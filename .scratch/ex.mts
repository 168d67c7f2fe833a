import Database from 'better-sqlite3'
const db = new Database('/tmp/prof/antt-desk.sqlite')
const qs = [
 `select u.type, count(*) as n from unit as u left join admin_area as a on a.id = u.area_id where u.active = ? group by u.type`,
 `select u.type, count(*) as n from unit as u where u.active = ? group by u.type`,
 `select u.type, count(*) as n from unit as u indexed by unit_type where u.active = ? group by u.type`,
]
for (const q of qs) {
  const st = db.prepare(q); st.all(1)
  const t = performance.now(); for (let i=0;i<5;i++) st.all(1)
  console.log(((performance.now()-t)/5).toFixed(1), db.prepare('explain query plan '+q).all(1).map((r:any)=>r.detail).join(' | '))
}
console.log(db.prepare("select * from sqlite_stat1 where tbl='unit'").all())
