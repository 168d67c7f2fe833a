import type { Migration } from './types'

/** The registry: areas, units, the office profile and its signers (domain.md §3.1, §3.2, §3.6). */
export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  sql: `
CREATE TABLE app_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE admin_area (
  id INTEGER PRIMARY KEY,
  official_code TEXT,
  name TEXT NOT NULL,
  name_fold TEXT NOT NULL,
  dup_key TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('TINH','HUYEN','XA','PHUONG','THI_TRAN','DAC_KHU')),
  parent_id INTEGER REFERENCES admin_area(id) ON DELETE RESTRICT,
  sort_order INTEGER,
  valid_from TEXT,
  valid_to TEXT,
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0,1)),
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX admin_area_parent ON admin_area(parent_id);
CREATE INDEX admin_area_sort ON admin_area(sort_key);

CREATE TABLE unit (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('KDC','XA','CO_QUAN','DOANH_NGHIEP','CSGD')),
  kdc_subtype TEXT,
  name TEXT NOT NULL,
  name_fold TEXT NOT NULL,
  dup_key TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  search_fold TEXT NOT NULL,
  area_id INTEGER REFERENCES admin_area(id) ON DELETE RESTRICT,
  managing_level TEXT NOT NULL CHECK (managing_level IN ('XA','HUYEN','TINH','TRUNG_UONG')),
  managing_area_id INTEGER REFERENCES admin_area(id) ON DELETE RESTRICT,
  address TEXT,
  head_name TEXT,
  head_title TEXT,
  phone TEXT,
  email TEXT,
  households_total INTEGER CHECK (households_total >= 0),
  staff_total INTEGER CHECK (staff_total >= 0),
  is_armed_forces INTEGER NOT NULL DEFAULT 0 CHECK (is_armed_forces IN (0,1)),
  enterprise_size TEXT CHECK (enterprise_size IN ('SIEU_NHO','NHO','VUA','LON','CHUA_XAC_DINH')),
  education_levels TEXT NOT NULL DEFAULT '[]',
  exclusion_code TEXT CHECK (exclusion_code IN ('LLVT','DN_NHO_SIEU_NHO','CSGD_MN_TH')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  active_from TEXT,
  inactive_from TEXT,
  inactive_reason TEXT,
  successor_unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL,
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0,1)),
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (type <> 'KDC' OR area_id IS NOT NULL)
) STRICT;
CREATE INDEX unit_sort ON unit(active, sort_key);
CREATE INDEX unit_area_type ON unit(area_id, type, active, sort_key);
CREATE INDEX unit_type ON unit(type, active, sort_key);
CREATE INDEX unit_dup ON unit(area_id, type, dup_key);
-- The commune itself is a unit, exactly once per commune-level area.
CREATE UNIQUE INDEX unit_one_commune_per_area ON unit(area_id) WHERE type = 'XA';

CREATE TABLE office_profile (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  level TEXT NOT NULL CHECK (level IN ('DOI_XDPT_HUYEN','CONG_AN_XA','PV05_TINH')),
  parent_body_name TEXT NOT NULL,
  office_name TEXT NOT NULL,
  office_abbreviation TEXT NOT NULL,
  team_name TEXT,
  peoples_committee_name TEXT NOT NULL,
  peoples_committee_abbreviation TEXT,
  steering_committee_name TEXT,
  steering_committee_abbreviation TEXT,
  upper_unit_name TEXT,
  place_name TEXT NOT NULL,
  root_area_id INTEGER REFERENCES admin_area(id) ON DELETE SET NULL,
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0,1)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE signer (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  body TEXT NOT NULL CHECK (body IN ('UBND','CONG_AN','BCD')),
  authority_prefix TEXT NOT NULL CHECK (authority_prefix IN ('','TM.','KT.','Q.','TL.','TUQ.')),
  authority_line TEXT,
  title_line TEXT NOT NULL,
  valid_from TEXT,
  valid_to TEXT,
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0,1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`
}
