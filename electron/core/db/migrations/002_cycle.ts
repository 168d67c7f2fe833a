import type { Migration } from './types'

/** The yearly cycle: years, criteria sets (copy-on-write), unit-years and their history (domain.md §3.4, §3.5, §3.7). */
export const cycle: Migration = {
  version: 2,
  name: 'cycle',
  sql: `
CREATE TABLE criterion_set (
  id INTEGER PRIMARY KEY,
  regulation_id TEXT NOT NULL,
  is_current INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0,1)),
  created_at TEXT NOT NULL,
  note TEXT
) STRICT;
CREATE INDEX criterion_set_current ON criterion_set(regulation_id, is_current);

CREATE TABLE criterion (
  id INTEGER PRIMARY KEY,
  set_id INTEGER NOT NULL REFERENCES criterion_set(id) ON DELETE CASCADE,
  unit_type TEXT NOT NULL,
  number INTEGER NOT NULL,
  code TEXT NOT NULL,
  short_title TEXT NOT NULL,
  text TEXT,
  text_status TEXT NOT NULL CHECK (text_status IN ('VERBATIM_C','REPORTED_R','OFFICE_ENTERED','PLACEHOLDER')),
  kind TEXT NOT NULL CHECK (kind IN ('BOOL','COMPUTED','COMPOSITE','DERIVED')),
  formula_key TEXT,
  added_by TEXT NOT NULL DEFAULT 'LAW' CHECK (added_by IN ('LAW','PROVINCE','OFFICE')),
  source_ref TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  UNIQUE (set_id, unit_type, code)
) STRICT;

CREATE TABLE eval_year (
  year INTEGER PRIMARY KEY,
  regulation_id TEXT NOT NULL,
  criterion_set_id INTEGER NOT NULL REFERENCES criterion_set(id) ON DELETE RESTRICT,
  status TEXT NOT NULL CHECK (status IN ('OPEN','CLOSED')),
  registration_due TEXT,
  dossier_due_kdc TEXT NOT NULL,
  dossier_due_other TEXT NOT NULL,
  appraisal_due TEXT NOT NULL,
  decision_due TEXT NOT NULL,
  report_due TEXT NOT NULL,
  school_year_end TEXT,
  basis_change_reason TEXT,
  not_deployed TEXT NOT NULL DEFAULT '[]',
  not_deployed_note TEXT,
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0,1)),
  opened_at TEXT NOT NULL,
  closed_at TEXT
) STRICT;

CREATE TABLE unit_year (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
  year INTEGER NOT NULL REFERENCES eval_year(year) ON DELETE RESTRICT,
  unit_type TEXT NOT NULL,
  area_id INTEGER,
  -- The commune whose rate the unit counts toward (managed at commune level), copied from the registry (domain.md §2.6).
  commune_area_id INTEGER,
  regulation_id TEXT NOT NULL,
  -- Board order (commune listing order, the commune first, then type and name), kept so a page needs no sort.
  board_sort TEXT NOT NULL DEFAULT '',
  tracking_mode TEXT NOT NULL CHECK (tracking_mode IN ('FULL','OUTCOME_ONLY')),
  status TEXT NOT NULL,
  status_since TEXT NOT NULL,
  exclusion_code TEXT,
  exclusion_note TEXT,
  registered_on TEXT,
  registration_ref TEXT,
  households_total INTEGER CHECK (households_total >= 0),
  households_registered INTEGER CHECK (households_registered >= 0),
  staff_total INTEGER CHECK (staff_total >= 0),
  staff_briefed INTEGER CHECK (staff_briefed >= 0),
  disciplined_count INTEGER CHECK (disciplined_count >= 0),
  meeting_on TEXT,
  meeting_chair TEXT,
  minutes_received INTEGER NOT NULL DEFAULT 0 CHECK (minutes_received IN (0,1)),
  received_on TEXT,
  receiver TEXT,
  returned_on TEXT,
  return_reason TEXT,
  appraised_on TEXT,
  appraisal_method TEXT,
  appraisal_note TEXT,
  proposal_no TEXT,
  proposed_on TEXT,
  decision_no TEXT,
  decision_on TEXT,
  decision_body TEXT,
  decision_signer TEXT,
  certificate_no TEXT,
  outcome TEXT CHECK (outcome IN ('DA_CONG_NHAN','KHONG_CONG_NHAN')),
  outcome_reason TEXT,
  failed_criteria TEXT,
  commune_snapshot TEXT,
  name_snapshot TEXT,
  notes TEXT,
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0,1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (unit_id, year)
) STRICT;
-- Covering indexes: the board, the dashboard funnel, the deadlines and the commune rule read a province-size year
-- (50,000 rows) from the index alone, without visiting the wide table rows.
CREATE INDEX unit_year_year_status ON unit_year(year, status, unit_type, tracking_mode, returned_on);
CREATE INDEX unit_year_funnel ON unit_year(year, area_id, unit_type, tracking_mode, status, registered_on, meeting_on, received_on, proposed_on);
CREATE INDEX unit_year_year_type ON unit_year(year, unit_type, status);
CREATE INDEX unit_year_board ON unit_year(year, board_sort, id);
CREATE INDEX unit_year_commune ON unit_year(year, commune_area_id, unit_type, status, registered_on);

CREATE TABLE criterion_result (
  unit_year_id INTEGER NOT NULL REFERENCES unit_year(id) ON DELETE CASCADE,
  criterion_code TEXT NOT NULL,
  result TEXT NOT NULL CHECK (result IN ('DAT','KHONG_DAT','CHUA_DANH_GIA')),
  note TEXT,
  evidence TEXT,
  assessed_on TEXT,
  PRIMARY KEY (unit_year_id, criterion_code)
) STRICT;

CREATE TABLE dossier_item (
  unit_year_id INTEGER NOT NULL REFERENCES unit_year(id) ON DELETE CASCADE,
  item_code TEXT NOT NULL,
  received_on TEXT,
  note TEXT,
  PRIMARY KEY (unit_year_id, item_code)
) STRICT;

CREATE TABLE status_history (
  id INTEGER PRIMARY KEY,
  unit_year_id INTEGER NOT NULL REFERENCES unit_year(id) ON DELETE CASCADE,
  action TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  business_date TEXT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  ref TEXT,
  reason TEXT
) STRICT;
CREATE INDEX status_history_unit_year ON status_history(unit_year_id, id);

CREATE TABLE amendment (
  id INTEGER PRIMARY KEY,
  unit_year_id INTEGER NOT NULL REFERENCES unit_year(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('CORRECT_DATA','CORRECT_DECISION_REF','REVOKE','REINSTATE')),
  legal_ref TEXT,
  reason TEXT NOT NULL,
  changes TEXT NOT NULL,
  actor TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
`
}
