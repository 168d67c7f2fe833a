import type { Migration } from './types'

/**
 * The 2025 reorganisation as data (law-2026.md §3): lineage events between areas (merge, rename, re-parent) with their
 * legal reference, and the office profile's history, each period with its office level. The office level takes the
 * shared names 'XA' | 'HUYEN' | 'TINH'; office_profile is rebuilt for its CHECK (nothing references it).
 */
export const lineage: Migration = {
  version: 9,
  name: 'lineage',
  sql: `
CREATE TABLE area_event (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('MERGE','RENAME','REPARENT')),
  effective_on TEXT NOT NULL,
  legal_ref TEXT,
  note TEXT,
  successor_area_id INTEGER NOT NULL REFERENCES admin_area(id) ON DELETE RESTRICT,
  successor_created INTEGER NOT NULL DEFAULT 0 CHECK (successor_created IN (0,1)),
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0,1)),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX area_event_successor ON area_event(successor_area_id);

CREATE TABLE area_event_source (
  event_id INTEGER NOT NULL REFERENCES area_event(id) ON DELETE CASCADE,
  predecessor_area_id INTEGER NOT NULL REFERENCES admin_area(id) ON DELETE RESTRICT,
  previous_valid_to TEXT,
  PRIMARY KEY (event_id, predecessor_area_id)
) STRICT;
CREATE INDEX area_event_source_area ON area_event_source(predecessor_area_id);

CREATE TABLE area_event_move (
  event_id INTEGER NOT NULL REFERENCES area_event(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
  from_area_id INTEGER REFERENCES admin_area(id) ON DELETE RESTRICT,
  from_managing_area_id INTEGER REFERENCES admin_area(id) ON DELETE RESTRICT,
  was_active INTEGER NOT NULL CHECK (was_active IN (0,1)),
  PRIMARY KEY (event_id, unit_id)
) STRICT;

CREATE TABLE office_profile_new (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  level TEXT NOT NULL CHECK (level IN ('XA','HUYEN','TINH')),
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
  updated_at TEXT NOT NULL,
  drafting_unit_abbreviation TEXT
) STRICT;
INSERT INTO office_profile_new
  SELECT id, CASE level WHEN 'DOI_XDPT_HUYEN' THEN 'HUYEN' WHEN 'PV05_TINH' THEN 'TINH' ELSE 'XA' END,
    parent_body_name, office_name, office_abbreviation, team_name, peoples_committee_name, peoples_committee_abbreviation,
    steering_committee_name, steering_committee_abbreviation, upper_unit_name, place_name, root_area_id, is_sample, updated_at,
    drafting_unit_abbreviation
  FROM office_profile;
DROP TABLE office_profile;
ALTER TABLE office_profile_new RENAME TO office_profile;

CREATE TABLE office_profile_period (
  id INTEGER PRIMARY KEY,
  valid_from TEXT,
  valid_to TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('XA','HUYEN','TINH')),
  parent_body_name TEXT NOT NULL,
  office_name TEXT NOT NULL,
  office_abbreviation TEXT NOT NULL,
  team_name TEXT,
  peoples_committee_name TEXT NOT NULL,
  peoples_committee_abbreviation TEXT,
  place_name TEXT NOT NULL,
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0,1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (valid_from IS NULL OR valid_from <= valid_to)
) STRICT;
`
}
