import type { Migration } from './types'

/**
 * Documents (issue 9, issue 11 item 9): the certificate register — each recognised unit-year's số vào sổ, numbered
 * from 1 each year without gaps and stored on the unit's record; the drafting unit of "Lưu: VT, …" as its own office
 * setting; the signer's rank (police văn thư rules, a setting) printed before the name.
 */
export const certificates: Migration = {
  version: 7,
  name: 'certificates',
  sql: `
ALTER TABLE office_profile ADD COLUMN drafting_unit_abbreviation TEXT;
ALTER TABLE signer ADD COLUMN rank TEXT;
CREATE TABLE certificate (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  unit_year_id INTEGER NOT NULL UNIQUE REFERENCES unit_year(id) ON DELETE RESTRICT,
  register_number INTEGER NOT NULL CHECK (register_number >= 1),
  document_id INTEGER REFERENCES document(id) ON DELETE SET NULL,
  printed_at TEXT NOT NULL,
  UNIQUE (year, register_number)
) STRICT;
`
}
