import type { UnitType } from '../units'
import type { CommuneRuleResult } from './commune-rule'
import { noMembersMessage, pendingMembersMessage } from './commune-rule'
import type { EffectiveCriterion } from './criteria'
import { nextStatus, TRANSITIONS, type CycleAction, invalidTransitionMessage } from './machine'
import { MESSAGES } from './messages'
import type { Basis } from './regulations'
import { lateDecisionMessage, type DecisionDeadline } from './deadlines'
import { criterionPasses, STATUS_LABELS, type TrackingMode, type UnitYearStatus } from './statuses'

/** Everything the guards of domain.md §4 read about one unit-year. */
export interface GuardFacts {
  year: number
  unitName: string
  unitType: UnitType
  status: UnitYearStatus
  mode: TrackingMode
  basis: Basis
  yearClosed: boolean
  registrationWindow: { from: string; to: string }
  registrationDue: string | null
  registeredOn: string | null
  meetingOn: string | null
  receivedOn: string | null
  returnedOn: string | null
  appraisedOn: string | null
  proposedOn: string | null
  /** Meeting or dossier data already entered (T3 needs none). */
  hasProgressData: boolean
  criteria: EffectiveCriterion[]
  /** Names of mandatory dossier items not received. */
  missingItems: string[]
  /** For a commune (XA): the rule over its members. */
  commune: CommuneRuleResult | null
  /** The legal decision deadline of the type (TT 124 Điều 9.1) under the office's reading; none for TT 23. */
  decisionDeadline?: DecisionDeadline | null
}

/** What the action carries (a subset is used per action). */
export interface ActionInput {
  date?: string | null
  reason?: string | null
  ref?: string | null
  signer?: string | null
  exclusionCode?: string | null
  householdsTotal?: number | null
  householdsRegistered?: number | null
  staffTotal?: number | null
  staffBriefed?: number | null
}

export interface GuardVerdict {
  /** The status reached when allowed. */
  to: UnitYearStatus | null
  errors: string[]
  warnings: string[]
  invalidTransition: boolean
}

const DATE_LABEL: Partial<Record<CycleAction, string>> = {
  REGISTER: 'Ngày đăng ký',
  RECORD_MEETING: 'Ngày họp đánh giá',
  RECEIVE_DOSSIER: 'Ngày nhận hồ sơ',
  RETURN_DOSSIER: 'Ngày trả lại hồ sơ',
  RESUBMIT_DOSSIER: 'Ngày nhận hồ sơ bổ sung',
  APPRAISE_PASS: 'Ngày thẩm định',
  APPRAISE_FAIL: 'Ngày thẩm định',
  PROPOSE: 'Ngày tờ trình',
  RECORD_DECISION: 'Ngày quyết định',
  RECORD_OUTCOME_RECOGNISED: 'Ngày quyết định'
}

const MODEL_WARNING_ACTIONS = new Set<CycleAction>(['REGISTER', 'RECORD_MEETING'])

function failing(criteria: EffectiveCriterion[]): number[] {
  return criteria.filter((c) => !criterionPasses(c.result)).map((c) => c.number)
}

/** Pure check of one action on one unit-year; the service writes nothing unless `errors` is empty. */
export function checkAction(facts: GuardFacts, action: CycleAction, input: ActionInput, today: string): GuardVerdict {
  const errors: string[] = []
  const warnings: string[] = []
  const to = nextStatus(facts.status, action, facts.mode)
  if (to === null) {
    return { to, errors: [invalidTransitionMessage(action, STATUS_LABELS[facts.status])], warnings, invalidTransition: true }
  }
  if (facts.yearClosed && action !== 'AMEND') errors.push(MESSAGES.YEAR_CLOSED(facts.year))
  const rule = TRANSITIONS[action]
  const reason = input.reason?.trim() ?? ''
  const failed = failing(facts.criteria)
  if (rule.reasonRequired && reason === '' && !(action === 'APPRAISE_FAIL' && failed.length > 0)) errors.push(MESSAGES.V20)

  const dateLabel = DATE_LABEL[action]
  const date = input.date ?? null
  if (dateLabel) {
    if (!date) errors.push(MESSAGES.DATE_REQUIRED(dateLabel))
    else if (date > today) errors.push(MESSAGES.V09(dateLabel, today))
    else if (action !== 'REGISTER' && (date < facts.registrationWindow.from || date > `${facts.year + 1}-12-31`)) {
      errors.push(MESSAGES.OUT_OF_YEAR(dateLabel, date, facts.year))
    }
  }
  const before = (field2: string, date2: string | null) => {
    if (date && dateLabel && date2 && date < date2) errors.push(MESSAGES.V10(dateLabel, date, field2, date2))
  }

  switch (action) {
    case 'REGISTER': {
      if (date && date <= today && (date < facts.registrationWindow.from || date > facts.registrationWindow.to)) errors.push(MESSAGES.V11(date, facts.year))
      if (date && facts.basis === 'TT124' && facts.registrationDue && date > facts.registrationDue) warnings.push(MESSAGES.V12(facts.year))
      const { householdsTotal: ht, householdsRegistered: hr, staffTotal: st, staffBriefed: sb } = input
      if (facts.unitType === 'KDC' && ht === 0) errors.push(MESSAGES.V15)
      if (ht != null && hr != null && hr > ht) errors.push(MESSAGES.V14(hr, ht))
      if (st != null && sb != null && sb > st) errors.push(MESSAGES.V14_STAFF(sb, st))
      break
    }
    case 'UNREGISTER':
      if (facts.hasProgressData) errors.push(MESSAGES.UNREGISTER_HAS_DATA)
      break
    case 'RECORD_MEETING': {
      before('Ngày đăng ký', facts.registeredOn)
      const unassessed = facts.criteria.filter((c) => c.source === 'MANUAL' && c.result === 'CHUA_DANH_GIA').map((c) => c.number)
      if (unassessed.length > 0) errors.push(MESSAGES.CRITERIA_NOT_ASSESSED(unassessed))
      break
    }
    case 'RECEIVE_DOSSIER':
      before('Ngày họp đánh giá', facts.meetingOn)
      break
    case 'RETURN_DOSSIER':
      before('Ngày nhận hồ sơ', facts.receivedOn)
      break
    case 'RESUBMIT_DOSSIER':
      before('Ngày trả lại hồ sơ', facts.returnedOn)
      break
    case 'APPRAISE_PASS': {
      before('Ngày nhận hồ sơ', facts.receivedOn)
      if (facts.unitType === 'XA' && facts.commune) {
        if (facts.commune.n === 0) errors.push(noMembersMessage(facts.unitName))
        else if (facts.commune.pending > 0) errors.push(pendingMembersMessage(facts.unitName, facts.commune.pending))
      }
      if (failed.length > 0) errors.push(MESSAGES.V18(failed))
      if (facts.missingItems.length > 0) errors.push(MESSAGES.V19(facts.missingItems))
      break
    }
    case 'APPRAISE_FAIL':
      before('Ngày nhận hồ sơ', facts.receivedOn)
      break
    case 'PROPOSE':
      before('Ngày thẩm định', facts.appraisedOn)
      if (failed.length > 0) errors.push(MESSAGES.V18(failed))
      break
    case 'RECORD_DECISION':
      if (!input.ref?.trim() || !input.signer?.trim() || !date) errors.push(MESSAGES.DECISION_REQUIRED)
      before('Ngày tờ trình', facts.proposedOn)
      break
    case 'RECORD_OUTCOME_RECOGNISED':
      if (!input.ref?.trim()) errors.push(MESSAGES.DECISION_REQUIRED)
      break
    case 'EXCLUDE':
      if (!input.exclusionCode) errors.push(MESSAGES.EXCLUSION_REQUIRED)
      break
    case 'AMEND':
      if (!input.ref?.trim()) errors.push(MESSAGES.LEGAL_REF_REQUIRED)
      break
    default:
      break
  }
  // A decision after the legal deadline: a warning naming the article, a refusal where the office reads it strictly.
  const deadline = facts.decisionDeadline
  if ((action === 'RECORD_DECISION' || action === 'RECORD_OUTCOME_RECOGNISED') && date && deadline && date > deadline.lastDay) {
    ;(deadline.strict ? errors : warnings).push(lateDecisionMessage(deadline, date))
  }
  // V26: a TT 124 criterion 1 that needs an effective movement model and has none (warning, not a block).
  if (facts.basis === 'TT124' && MODEL_WARNING_ACTIONS.has(action) && facts.criteria.some((c) => c.failedParts?.includes('effective_models'))) {
    warnings.push(MESSAGES.V26(facts.year))
  }
  return { to, errors: [...new Set(errors)], warnings, invalidTransition: false }
}
