import type { Migration } from './types'

/**
 * The office's own document wording (Cài đặt → Mẫu văn bản), its Word templates, and the versions of a registered
 * file that were edited in Word before the app rebuilt it (issue 9 items 2–4).
 */
export const officeDocuments: Migration = {
  // Version = position in MIGRATIONS (file number 012 was given to this change; the position follows the merge).
  version: 8,
  name: 'office_documents',
  sql: `
CREATE TABLE document_wording (
  id INTEGER PRIMARY KEY,
  doc_type TEXT NOT NULL,
  part TEXT NOT NULL,
  wording TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (doc_type, part)
) STRICT;

CREATE TABLE document_template (
  id INTEGER PRIMARY KEY,
  doc_type TEXT NOT NULL UNIQUE,
  file_name TEXT NOT NULL,
  content BLOB NOT NULL,
  sha256 TEXT NOT NULL,
  uploaded_at TEXT NOT NULL
) STRICT;

CREATE TABLE document_version (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  file_path TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  reason TEXT NOT NULL,
  kept_at TEXT NOT NULL
) STRICT;
CREATE INDEX document_version_document ON document_version(document_id);
`
}
