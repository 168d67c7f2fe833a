import { MIGRATIONS } from '../../electron/core/db/migrations'

/**
 * How a test takes today's schema back to the one before a migration, to prove that migration keeps the data: each
 * migration's own undo, applied from the newest down. A new migration adds its undo here, once, for every such test.
 */
const UNDO: Record<string, string> = {
  search_by_scan: `DROP TRIGGER unit_revision_insert; DROP TRIGGER unit_revision_update; DROP TRIGGER unit_revision_delete;
    DROP TRIGGER area_revision_insert; DROP TRIGGER area_revision_update; DROP TRIGGER area_revision_delete; DROP TABLE registry_revision;
    CREATE VIRTUAL TABLE unit_search USING fts5(search_fold, content='unit', content_rowid='id', tokenize='trigram');
    INSERT INTO unit_search(unit_search) VALUES ('rebuild');
    CREATE TRIGGER unit_search_insert AFTER INSERT ON unit BEGIN INSERT INTO unit_search(rowid, search_fold) VALUES (new.id, new.search_fold); END;
    CREATE TRIGGER unit_search_delete AFTER DELETE ON unit BEGIN INSERT INTO unit_search(unit_search, rowid, search_fold) VALUES ('delete', old.id, old.search_fold); END;
    CREATE TRIGGER unit_search_update AFTER UPDATE OF search_fold ON unit BEGIN
      INSERT INTO unit_search(unit_search, rowid, search_fold) VALUES ('delete', old.id, old.search_fold);
      INSERT INTO unit_search(rowid, search_fold) VALUES (new.id, new.search_fold);
    END;`,
  sample_marks: 'DROP INDEX unit_sample; DROP INDEX admin_area_sample;',
  law_deadlines: 'ALTER TABLE unit DROP COLUMN delegated_area_id; ALTER TABLE eval_year DROP COLUMN decision_due_kdc; ALTER TABLE eval_year DROP COLUMN appraisal_due_kdc;',
  unit_search: 'DROP TRIGGER unit_search_insert; DROP TRIGGER unit_search_delete; DROP TRIGGER unit_search_update; DROP TABLE unit_search; DROP INDEX unit_out_of_scope;',
  lineage: 'DROP TABLE area_event_move; DROP TABLE area_event_source; DROP TABLE area_event; DROP TABLE office_profile_period;',
  office_documents: 'DROP TABLE document_version; DROP TABLE document_template; DROP TABLE document_wording;',
  certificates: 'DROP TABLE certificate; ALTER TABLE signer DROP COLUMN rank; ALTER TABLE office_profile DROP COLUMN drafting_unit_abbreviation;',
  law_2026:
    'DROP TABLE criterion_item_result; ALTER TABLE unit_year DROP COLUMN subunits_titled; ALTER TABLE unit_year DROP COLUMN subunits_eligible; ALTER TABLE criterion DROP COLUMN items; ALTER TABLE criterion DROP COLUMN allow_not_applicable;'
}

/** SQL that undoes every migration from the newest down to `name` (included) and sets the version before it. */
export function schemaBefore(name: string): string {
  const position = MIGRATIONS.findIndex((m) => m.name === name)
  if (position < 0) throw new Error(`no migration named ${name}`)
  const later = MIGRATIONS.slice(position).reverse()
  const missing = later.filter((m) => UNDO[m.name] === undefined).map((m) => m.name)
  if (missing.length > 0) throw new Error(`test/helpers/undo-migrations.ts has no undo for: ${missing.join(', ')}`)
  return `${later.map((m) => UNDO[m.name]).join('\n')}\nPRAGMA user_version = ${position};`
}
