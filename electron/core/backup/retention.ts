/**
 * Which automatic backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months that have one
 * (Vietnam's calendar), and the 5 most recent whatever their day (a mistake made this morning can still be undone
 * from the backup taken before it). Everything else may be deleted.
 */
export interface Dated {
  at: Date
}

const VN_OFFSET_MS = 7 * 3_600_000

function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10)
}

/** Monday-based week key: the date of that week's Monday. */
function vietnamWeek(at: Date): string {
  const local = new Date(at.getTime() + VN_OFFSET_MS)
  const weekday = (local.getUTCDay() + 6) % 7
  return new Date(local.getTime() - weekday * 86_400_000).toISOString().slice(0, 10)
}

function vietnamMonth(at: Date): string {
  return vietnamDay(at).slice(0, 7)
}

function newestPerBucket<T extends Dated>(sorted: T[], key: (at: Date) => string, buckets: number): T[] {
  const kept: T[] = []
  const seen = new Set<string>()
  for (const item of sorted) {
    const bucket = key(item.at)
    if (seen.has(bucket)) continue
    seen.add(bucket)
    kept.push(item)
    if (seen.size >= buckets) break
  }
  return kept
}

export function backupsToKeep<T extends Dated>(backups: T[], rule = { recent: 5, daily: 7, weekly: 4, monthly: 12 }): Set<T> {
  const sorted = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime())
  const keep = new Set<T>(sorted.slice(0, Math.max(1, rule.recent)))
  for (const item of newestPerBucket(sorted, vietnamDay, rule.daily)) keep.add(item)
  for (const item of newestPerBucket(sorted, vietnamWeek, rule.weekly)) keep.add(item)
  for (const item of newestPerBucket(sorted, vietnamMonth, rule.monthly)) keep.add(item)
  return keep
}
