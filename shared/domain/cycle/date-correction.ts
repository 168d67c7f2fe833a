import { MESSAGES } from './messages'

/**
 * The dates a unit-year records at each step, in the order the steps happen. A date recorded wrongly is corrected
 * through the audited amendment path (issue 11 item 5) and must keep this order with the others.
 */
export const CORRECTABLE_DATES = [
  { field: 'registeredOn', column: 'registered_on', label: 'Ngày đăng ký' },
  { field: 'meetingOn', column: 'meeting_on', label: 'Ngày họp đánh giá' },
  { field: 'receivedOn', column: 'received_on', label: 'Ngày nhận hồ sơ' },
  { field: 'appraisedOn', column: 'appraised_on', label: 'Ngày thẩm định' },
  { field: 'proposedOn', column: 'proposed_on', label: 'Ngày tờ trình' },
  { field: 'decisionOn', column: 'decision_on', label: 'Ngày quyết định' }
] as const

export type CorrectableDate = (typeof CORRECTABLE_DATES)[number]['field']
export const CORRECTABLE_DATE_FIELDS = CORRECTABLE_DATES.map((d) => d.field) as [CorrectableDate, ...CorrectableDate[]]

export function correctableDate(field: CorrectableDate): (typeof CORRECTABLE_DATES)[number] {
  return CORRECTABLE_DATES.find((d) => d.field === field)!
}

/** The rules a corrected date breaks: not in the future, not before an earlier step, not after a later one. */
export function checkDateCorrection(recorded: Partial<Record<CorrectableDate, string | null>>, field: CorrectableDate, date: string, today: string): string[] {
  const errors: string[] = []
  const { label } = correctableDate(field)
  if (!recorded[field]) errors.push(`${label} chưa được ghi nhận nên không có gì để đính chính.`)
  if (date > today) errors.push(MESSAGES.V09(label, today))
  const index = CORRECTABLE_DATES.findIndex((d) => d.field === field)
  CORRECTABLE_DATES.forEach((other, at) => {
    const value = recorded[other.field]
    if (!value || at === index) return
    if (at < index && date < value) errors.push(MESSAGES.V10(label, date, other.label, value))
    if (at > index && value < date) errors.push(MESSAGES.V10(other.label, value, label, date))
  })
  return errors
}
