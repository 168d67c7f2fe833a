import type { Generated } from 'kysely'
import type { AreaKind } from '../../../shared/domain/areas'
import type { EnterpriseSize, ManagingLevel, UnitType } from '../../../shared/domain/units'
import type { ExclusionCode } from '../../../shared/domain/scope'
import type { CriterionKind, CycleExclusionCode, TextStatus } from '../../../shared/domain/cycle/regulations'
import type { CriterionResult, PointResult, TrackingMode, UnitYearStatus } from '../../../shared/domain/cycle/statuses'
import type { AuthorityPrefix, OfficeLevel, SignerBody } from '../../../shared/domain/office'

/** Hand-written row types of the tables (booleans are 0/1, dates ISO text). */

type Bit = 0 | 1

export interface AppMetaTable {
  key: string
  value: string
}

export interface AdminAreaTable {
  id: Generated<number>
  official_code: string | null
  name: string
  name_fold: string
  dup_key: string
  sort_key: string
  kind: AreaKind
  parent_id: number | null
  sort_order: number | null
  valid_from: string | null
  valid_to: string | null
  is_sample: Bit
  note: string | null
  created_at: string
  updated_at: string
}

export interface UnitTable {
  id: Generated<number>
  type: UnitType
  kdc_subtype: string | null
  name: string
  name_fold: string
  dup_key: string
  sort_key: string
  search_fold: string
  area_id: number | null
  managing_level: ManagingLevel
  managing_area_id: number | null
  address: string | null
  head_name: string | null
  head_title: string | null
  phone: string | null
  email: string | null
  households_total: number | null
  staff_total: number | null
  is_armed_forces: Bit
  enterprise_size: EnterpriseSize | null
  /** JSON array of EducationLevel. */
  education_levels: string
  exclusion_code: ExclusionCode | null
  active: Bit
  active_from: string | null
  inactive_from: string | null
  inactive_reason: string | null
  successor_unit_id: number | null
  /** The area whose UBND the upper UBND delegated this unit's recognition to, one level down (TT 124 Điều 10.5). */
  delegated_area_id: number | null
  is_sample: Bit
  note: string | null
  created_at: string
  updated_at: string
}

export interface OfficeProfileTable {
  id: number
  level: OfficeLevel
  parent_body_name: string
  office_name: string
  office_abbreviation: string
  team_name: string | null
  drafting_unit_abbreviation: string | null
  peoples_committee_name: string
  peoples_committee_abbreviation: string | null
  steering_committee_name: string | null
  steering_committee_abbreviation: string | null
  upper_unit_name: string | null
  place_name: string
  root_area_id: number | null
  is_sample: Bit
  updated_at: string
}

export interface SignerTable {
  id: Generated<number>
  name: string
  body: SignerBody
  authority_prefix: AuthorityPrefix
  authority_line: string | null
  title_line: string
  rank: string | null
  valid_from: string | null
  valid_to: string | null
  is_sample: Bit
  created_at: string
  updated_at: string
}

/** The certificate register: a recognised unit-year's số vào sổ (from 1 each year, no gaps) and the file it went into. */
export interface CertificateTable {
  id: Generated<number>
  year: number
  unit_year_id: number
  register_number: number
  document_id: number | null
  printed_at: string
}

export interface DocumentTable {
  id: Generated<number>
  doc_type: string
  year: number
  issue_year: number
  number: number | null
  symbol: string | null
  issued_on: string | null
  subject: string
  scope: string
  signer_id: number | null
  /** JSON snapshot: authority line, title, name. */
  signer: string | null
  recipients: string
  unit_year_ids: string
  /** JSON of the DocumentRequest, edited texts included: a rebuild gives the same document. */
  parameters: string
  data_snapshot: string | null
  template_id: string | null
  template_sha256: string | null
  template_version: string
  file_path: string | null
  file_sha256: string | null
  status: 'DRAFT' | 'ISSUED' | 'SUPERSEDED' | 'CANCELLED'
  supersedes_id: number | null
  parent_id: number | null
  external: Bit
  is_sample: Bit
  created_by: string | null
  created_at: string
  updated_at: string
}

export interface Database extends SafetyTables {
  app_meta: AppMetaTable
  admin_area: AdminAreaTable
  unit: UnitTable
  office_profile: OfficeProfileTable
  signer: SignerTable
  document: DocumentTable
  certificate: CertificateTable
  criterion_set: CriterionSetTable
  criterion: CriterionTable
  eval_year: EvalYearTable
  unit_year: UnitYearTable
  criterion_result: CriterionResultTable
  criterion_item_result: CriterionItemResultTable
  dossier_item: DossierItemTable
  status_history: StatusHistoryTable
  amendment: AmendmentTable
  movement_model: MovementModelTable
  model_year: ModelYearTable
  document_wording: DocumentWordingTable
  document_template: DocumentTemplateTable
  document_version: DocumentVersionTable
  area_event: AreaEventTable
  area_event_source: AreaEventSourceTable
  area_event_move: AreaEventMoveTable
  office_profile_period: OfficeProfilePeriodTable
}

export interface CriterionSetTable {
  id: Generated<number>
  regulation_id: string
  is_current: Bit
  created_at: string
  note: string | null
}

export interface CriterionTable {
  id: Generated<number>
  set_id: number
  unit_type: UnitType
  number: number
  code: string
  short_title: string
  text: string | null
  text_status: TextStatus
  kind: CriterionKind
  formula_key: string | null
  added_by: 'LAW' | 'PROVINCE' | 'OFFICE'
  source_ref: string | null
  active: Bit
  /** JSON [{ key, text }] of the lettered points recorded one by one (migration 006). */
  items: string | null
  allow_not_applicable: Generated<Bit>
}

export interface EvalYearTable {
  year: number
  regulation_id: string
  criterion_set_id: number
  status: 'OPEN' | 'CLOSED'
  registration_due: string | null
  dossier_due_kdc: string
  dossier_due_other: string
  /** Appraisal and decision of the types other than khu dân cư; *_kdc those of khu dân cư (TT 124 Điều 9.1). */
  appraisal_due: string
  decision_due: string
  appraisal_due_kdc: string
  decision_due_kdc: string
  report_due: string
  school_year_end: string | null
  basis_change_reason: string | null
  /** JSON array of UnitType not deployed that year (KHONG_TRIEN_KHAI). */
  not_deployed: string
  not_deployed_note: string | null
  is_sample: Bit
  opened_at: string
  closed_at: string | null
}

export interface UnitYearTable {
  id: Generated<number>
  unit_id: number
  year: number
  unit_type: UnitType
  area_id: number | null
  commune_area_id: number | null
  board_sort: Generated<string>
  regulation_id: string
  tracking_mode: TrackingMode
  status: UnitYearStatus
  status_since: string
  exclusion_code: CycleExclusionCode | null
  exclusion_note: string | null
  registered_on: string | null
  registration_ref: string | null
  households_total: number | null
  households_registered: number | null
  staff_total: number | null
  staff_briefed: number | null
  disciplined_count: number | null
  meeting_on: string | null
  meeting_chair: string | null
  minutes_received: Bit
  received_on: string | null
  receiver: string | null
  returned_on: string | null
  return_reason: string | null
  appraised_on: string | null
  appraisal_method: string | null
  appraisal_note: string | null
  proposal_no: string | null
  proposed_on: string | null
  decision_no: string | null
  decision_on: string | null
  decision_body: string | null
  decision_signer: string | null
  certificate_no: string | null
  outcome: 'DA_CONG_NHAN' | 'KHONG_CONG_NHAN' | null
  outcome_reason: string | null
  failed_criteria: string | null
  commune_snapshot: string | null
  name_snapshot: string | null
  notes: string | null
  is_sample: Bit
  created_at: string
  updated_at: string
  /** TT 124 Điều 6.5, 7.6: đầu mối trực thuộc eligible for an emulation title, and those that got one. */
  subunits_eligible: number | null
  subunits_titled: number | null
}

export interface CriterionResultTable {
  unit_year_id: number
  criterion_code: string
  result: CriterionResult
  note: string | null
  evidence: string | null
  assessed_on: string | null
}

export interface CriterionItemResultTable {
  unit_year_id: number
  criterion_code: string
  item_key: string
  result: PointResult
}

export interface DossierItemTable {
  unit_year_id: number
  item_code: string
  received_on: string | null
  note: string | null
}

export interface StatusHistoryTable {
  id: Generated<number>
  unit_year_id: number
  action: string
  from_status: string | null
  to_status: string
  business_date: string | null
  at: string
  actor: string
  ref: string | null
  reason: string | null
}

export interface AmendmentTable {
  id: Generated<number>
  unit_year_id: number
  kind: 'CORRECT_DATA' | 'CORRECT_DECISION_REF' | 'REVOKE' | 'REINSTATE'
  legal_ref: string | null
  reason: string
  changes: string
  actor: string
  at: string
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  actor: string
  machine: string
  action: string
  entity: string
  entity_id: number | null
  entity_label: string | null
  field: string | null
  /** JSON of the changed columns before / after. */
  old_value: string | null
  new_value: string | null
  reason: string | null
  prev_hash: string
  row_hash: string
}

export interface BackupLogTable {
  id: Generated<number>
  at: string
  kind: 'AUTO' | 'MANUAL' | 'BEFORE_RESTORE' | 'HANDOVER'
  file: string
  size_bytes: number
  sha256: string
  integrity: string
  last_audit_id: number
}

export interface SafetyTables {
  audit_log: AuditLogTable
  backup_log: BackupLogTable
}

/** Movement models (migration 005, domain.md §3.3). Exactly one of host_unit_id and area_id is set. */
export interface MovementModelTable {
  id: Generated<number>
  name: string
  name_fold: string
  host_unit_id: number | null
  area_id: number | null
  kind: 'TU_PHONG' | 'TU_QUAN' | 'TU_BAO_VE' | 'TU_HOA_GIAI' | 'KHAC'
  established_on: string | null
  ended_on: string | null
  note: string | null
  is_sample: Bit
  created_at: string
  updated_at: string
}

export interface ModelYearTable {
  id: Generated<number>
  model_id: number
  year: number
  members: number | null
  effective: Bit
  note: string | null
  is_sample: Bit
}

/** Cài đặt → Mẫu văn bản: one office text per document type and part (a paragraph key, or addressees/recipients/bases). */
export interface DocumentWordingTable {
  id: Generated<number>
  doc_type: string
  part: string
  wording: string
  updated_at: string
}

/** An uploaded Word template that replaces the built-in layout of one document type. */
export interface DocumentTemplateTable {
  id: Generated<number>
  doc_type: string
  file_name: string
  content: Uint8Array
  sha256: string
  uploaded_at: string
}

/** A registered file edited outside the app (SHA-256 changed), kept beside the rebuilt one. */
export interface DocumentVersionTable {
  id: Generated<number>
  document_id: number
  file_path: string
  file_sha256: string
  reason: string
  kept_at: string
}
/** Area lineage (migration 007, law-2026.md §3): a merge, rename or re-parent on a date, with its legal reference. */
export interface AreaEventTable {
  id: Generated<number>
  kind: 'MERGE' | 'RENAME' | 'REPARENT'
  effective_on: string
  legal_ref: string | null
  note: string | null
  successor_area_id: number
  /** 1 when the event created the successor area: undoing the event removes it again. */
  successor_created: Bit
  is_sample: Bit
  created_at: string
}

export interface AreaEventSourceTable {
  event_id: number
  predecessor_area_id: number
  /** The predecessor's valid_to before the event ended it (restored by an undo). */
  previous_valid_to: string | null
}

/** Where each unit an event moved stood before it, so that the event can be undone as a whole. */
export interface AreaEventMoveTable {
  event_id: number
  unit_id: number
  from_area_id: number | null
  from_managing_area_id: number | null
  was_active: Bit
}

/** A past period of the office profile (names as printed, level), for documents dated inside it. */
export interface OfficeProfilePeriodTable {
  id: Generated<number>
  valid_from: string | null
  valid_to: string
  level: OfficeLevel
  parent_body_name: string
  office_name: string
  office_abbreviation: string
  team_name: string | null
  peoples_committee_name: string
  peoples_committee_abbreviation: string | null
  place_name: string
  is_sample: Bit
  created_at: string
  updated_at: string
}
