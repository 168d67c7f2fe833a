import type { Migration } from './types'

/**
 * Data safety (domain.md §3.7): the append-only audit log with its hash chain, and the record of backups made.
 * The audit log refuses UPDATE and DELETE at the database level, not only in the app.
 */
export const safety: Migration = {
  version: 4,
  name: 'safety',
  sql: `
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  machine TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  entity_label TEXT,
  field TEXT,
  old_value TEXT,
  new_value TEXT,
  reason TEXT,
  prev_hash TEXT NOT NULL,
  row_hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, id);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'Nhật ký thay đổi chỉ được ghi thêm, không được sửa.'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'Nhật ký thay đổi chỉ được ghi thêm, không được xóa.'); END;

CREATE TABLE backup_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('AUTO','MANUAL','BEFORE_RESTORE','HANDOVER')),
  file TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  integrity TEXT NOT NULL,
  last_audit_id INTEGER NOT NULL
) STRICT;
`
}
