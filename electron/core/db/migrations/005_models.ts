import type { Migration } from './types'

/**
 * Movement models (mô hình phong trào, domain.md §3.3) and their yearly status. A model is hosted by a unit or
 * belongs to a commune area. The TT 124 criteria 1 of xã/phường, CQ/DN and CSGD become computed from model_year
 * (formula part `effective_models`); criteria sets judged by a closed year are left as they were (copy-on-write).
 */
export const models: Migration = {
  version: 5,
  name: 'models',
  sql: `
CREATE TABLE movement_model (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_fold TEXT NOT NULL,
  host_unit_id INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
  area_id INTEGER REFERENCES admin_area(id) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN ('TU_PHONG','TU_QUAN','TU_BAO_VE','TU_HOA_GIAI','KHAC')),
  established_on TEXT,
  ended_on TEXT,
  note TEXT,
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0,1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((host_unit_id IS NULL) <> (area_id IS NULL)),
  CHECK (ended_on IS NULL OR established_on IS NULL OR ended_on >= established_on)
) STRICT;
CREATE INDEX movement_model_host ON movement_model(host_unit_id);
CREATE INDEX movement_model_area ON movement_model(area_id);

CREATE TABLE model_year (
  id INTEGER PRIMARY KEY,
  model_id INTEGER NOT NULL REFERENCES movement_model(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  members INTEGER CHECK (members >= 0),
  effective INTEGER NOT NULL DEFAULT 0 CHECK (effective IN (0,1)),
  note TEXT,
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0,1)),
  UNIQUE (model_id, year)
) STRICT;
CREATE INDEX model_year_year ON model_year(year, effective, model_id);

UPDATE criterion SET formula_key = 'registration+effective_models'
WHERE formula_key = 'registration'
  AND unit_type IN ('XA','CO_QUAN','DOANH_NGHIEP','CSGD')
  AND number = 1
  AND set_id IN (SELECT id FROM criterion_set WHERE regulation_id IN ('TT124_2021','TT124_TT48_2025'))
  AND set_id NOT IN (SELECT criterion_set_id FROM eval_year WHERE status = 'CLOSED');
`
}
