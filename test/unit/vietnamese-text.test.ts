import { describe, expect, it } from 'vitest'
import { foreignWords, isVietnameseSyllable } from '../helpers/vietnamese-text'

describe('the screen-text check of the page walk tells Vietnamese from English and codes', () => {
  it('accepts Vietnamese syllables with and without tone marks, in any case', () => {
    for (const word of ['Nguyễn', 'người', 'quốc', 'gì', 'khuya', 'ĐƯỢC', 'phường', 'nghiêng', 'Thực', 'hiện']) expect(isVietnameseSyllable(word), word).toBe(true)
    for (const word of ['Select', 'all', 'row', 'file', 'text', 'Cancel']) expect(isVietnameseSyllable(word), word).toBe(false)
  })

  it('flags what the issue found reaching the user, and nothing in ordinary office text', () => {
    expect(foreignWords('Select all')).toEqual(['Select', 'all'])
    expect(foreignWords('Select row 3')).toEqual(['Select', 'row'])
    expect(foreignWords('file-text Văn bản')).toEqual(['file-text'])
    expect(foreignWords('Không thể thực hiện (DA_NOP_HO_SO)')).toEqual(['DA_NOP_HO_SO'])
    expect(foreignWords('Chọn thời điểm')).toEqual(['Chọn thời điểm'])
    expect(foreignWords('Thực hiện cho 5 đơn vị đủ điều kiện; UBND phường Tam Thắng, 01/11/2026.')).toEqual([])
    expect(foreignWords('Đã lưu vào /tmp/antt-e2e-Ub1/backups/anttdesk-2026.sqlite')).toEqual([])
  })
})
