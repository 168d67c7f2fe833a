import { describe, expect, it } from 'vitest'
import { backupsToKeep } from '../../electron/core/backup/retention'

describe('backup retention (5 most recent, 7 daily, 4 weekly, 12 monthly)', () => {
  it('keeps one per day for a week, one per week for a month, one per month for a year', () => {
    // Two backups a day for 400 days.
    const start = Date.parse('2025-12-31T10:00:00Z')
    const backups = Array.from({ length: 800 }, (_, i) => ({ at: new Date(start - i * 12 * 3_600_000) }))
    const kept = [...backupsToKeep(backups)].sort((a, b) => b.at.getTime() - a.at.getTime())
    expect(kept[0]).toBe(backups[0])
    const days = new Set(kept.map((b) => b.at.toISOString().slice(0, 10)))
    // The 5 most recent (2½ days), then one a day for 7 days, a week for 4, a month for 12, overlapping partly.
    expect(kept.slice(0, 5)).toEqual(backups.slice(0, 5))
    expect(kept.length).toBeGreaterThanOrEqual(14)
    expect(kept.length).toBeLessThanOrEqual(26)
    expect(days.size).toBe(kept.length - 2) // only the recent five share days (two pairs)
    const months = new Set(kept.map((b) => new Date(b.at.getTime() + 7 * 3_600_000).toISOString().slice(0, 7)))
    expect(months.size).toBe(12)
    // Nothing older than 12 months is kept.
    expect(kept.at(-1)!.at.getTime()).toBeGreaterThan(Date.parse('2025-01-01T00:00:00Z'))
  })

  it('keeps everything when there are few backups', () => {
    const backups = [{ at: new Date('2025-01-01T00:00:00Z') }, { at: new Date('2025-01-02T00:00:00Z') }]
    expect(backupsToKeep(backups).size).toBe(2)
  })
})
