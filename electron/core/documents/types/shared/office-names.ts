import type { OfficeProfile } from '../../../../../shared/api/calls/settings'
import type { OfficeNames } from '../document-type'

export const COMMITTEE = 'ỦY BAN NHÂN DÂN'

/** "THÀNH PHỐ VŨNG TÀU" → "thành phố Vũng Tàu": kind words lower case, names capitalised. */
export function territoryInSentence(upperName: string): string {
  const words = upperName.normalize('NFC').toLocaleLowerCase('vi-VN').split(' ').filter(Boolean)
  const kindWords = new Set(['thành', 'phố', 'phường', 'xã', 'quận', 'huyện', 'thị', 'trấn', 'tỉnh', 'đặc', 'khu'])
  let i = 0
  while (i < words.length && kindWords.has(words[i]!)) i++
  return words.map((w, k) => (k < i ? w : w.charAt(0).toLocaleUpperCase('vi-VN') + w.slice(1))).join(' ')
}

export function committeeLines(name: string): string[] {
  const n = name.normalize('NFC').trim()
  return n.startsWith(COMMITTEE) && n.length > COMMITTEE.length ? [COMMITTEE, n.slice(COMMITTEE.length).trim()] : [n]
}

/** Names as they are written inside sentences. */
export function officeNames(office: OfficeProfile): OfficeNames {
  const committeeTerritory = committeeLines(office.peoplesCommitteeName)[1] ?? ''
  const policeTerritory = office.officeName.normalize('NFC').replace(/^CÔNG AN\s*/u, '')
  const policeInText = `Công an ${territoryInSentence(policeTerritory)}`
  return {
    committeeInText: `Ủy ban nhân dân ${territoryInSentence(committeeTerritory)}`,
    policeInText,
    policeHeadTitle: `Trưởng ${policeInText}`,
    committeeAbbr: office.peoplesCommitteeAbbreviation ?? 'UBND'
  }
}
