import type { Generated } from 'kysely'
import type { AreaKind } from '../../../shared/domain/areas'
import type { EnterpriseSize, ManagingLevel, UnitType } from '../../../shared/domain/units'
import type { ExclusionCode } from '../../../shared/domain/scope'
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
  valid_from: string | null
  valid_to: string | null
  is_sample: Bit
  created_at: string
  updated_at: string
}

export interface Database extends SafetyTables {
  app_meta: AppMetaTable
  admin_area: AdminAreaTable
  unit: UnitTable
  office_profile: OfficeProfileTable
  signer: SignerTable
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
