import type { Migration } from './types'

/**
 * Issue 12: the folded search key of every unit in an FTS5 trigram index, so a search narrows to the units holding
 * each typed word (≥ 3 characters) instead of reading all of them. External content (the text stays in unit.search_fold,
 * once); triggers keep the index in step inside the very statement that writes the unit, so no write path can forget it.
 * A partial index serves the out-of-scope filter. The version is this migration's position in MIGRATIONS.
 */
export const unitSearch: Migration = {
  version: 10,
  name: 'unit_search',
  sql: `
CREATE VIRTUAL TABLE unit_search USING fts5(search_fold, content='unit', content_rowid='id', tokenize='trigram');
INSERT INTO unit_search(unit_search) VALUES ('rebuild');
CREATE TRIGGER unit_search_insert AFTER INSERT ON unit BEGIN
  INSERT INTO unit_search(rowid, search_fold) VALUES (new.id, new.search_fold);
END;
CREATE TRIGGER unit_search_delete AFTER DELETE ON unit BEGIN
  INSERT INTO unit_search(unit_search, rowid, search_fold) VALUES ('delete', old.id, old.search_fold);
END;
CREATE TRIGGER unit_search_update AFTER UPDATE OF search_fold ON unit BEGIN
  INSERT INTO unit_search(unit_search, rowid, search_fold) VALUES ('delete', old.id, old.search_fold);
  INSERT INTO unit_search(rowid, search_fold) VALUES (new.id, new.search_fold);
END;
-- The “ngoài phạm vi TT 124” count of Tổng quan and its filter, without reading every unit.
CREATE INDEX unit_out_of_scope ON unit(exclusion_code, active, type, sort_key) WHERE exclusion_code IS NOT NULL;
`
}
