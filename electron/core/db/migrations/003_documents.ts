import type { Migration } from './types'

/**
 * The document register (domain.md §3.7, documents.md §3): every generated file with its parameters, so it can be
 * found, numbered and rebuilt. V22: a number + ký hiệu is used once per year of issue.
 */
export const documents: Migration = {
  version: 3,
  name: 'documents',
  sql: `
CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  doc_type TEXT NOT NULL,
  year INTEGER NOT NULL,
  issue_year INTEGER NOT NULL,
  number INTEGER CHECK (number IS NULL OR number >= 1),
  symbol TEXT,
  issued_on TEXT,
  subject TEXT NOT NULL,
  scope TEXT NOT NULL,
  signer_id INTEGER REFERENCES signer(id) ON DELETE SET NULL,
  signer TEXT,
  recipients TEXT NOT NULL DEFAULT '[]',
  unit_year_ids TEXT NOT NULL DEFAULT '[]',
  parameters TEXT NOT NULL,
  data_snapshot TEXT,
  template_id TEXT,
  template_sha256 TEXT,
  template_version TEXT NOT NULL,
  file_path TEXT,
  file_sha256 TEXT,
  status TEXT NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','ISSUED','SUPERSEDED','CANCELLED')),
  supersedes_id INTEGER REFERENCES document(id) ON DELETE SET NULL,
  parent_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
  external INTEGER NOT NULL DEFAULT 0 CHECK (external IN (0,1)),
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0,1)),
  created_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX document_year ON document(year, doc_type);
CREATE UNIQUE INDEX document_number_once ON document(issue_year, symbol, number) WHERE number IS NOT NULL AND status <> 'CANCELLED';
`
}
