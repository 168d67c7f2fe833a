import { REGULATIONS, type CriterionDefinition } from '../../../../shared/domain/cycle/regulations'
import type { Migration } from './types'

/**
 * The criteria as codified (law-2026.md §1.2, §4, §5): lettered points recorded one by one, “không áp dụng”, the
 * sub-unit counts of TT 124 Điều 6.5 / 7.6, and the verbatim texts written into the criteria sets in use.
 *
 * Nothing recorded is lost: criterion_result is rebuilt with every row (only its CHECK gains KHONG_AP_DUNG), results
 * stay keyed by criterion code, and no audit row is touched. A set a closed year was judged on is never changed: a
 * current one is copied first (copy-on-write, as criteria-store.ts does) and the open years move to the copy. Texts the
 * office entered itself (OFFICE_ENTERED) are kept; only the structure (kind, points, formula) follows the law.
 */
const q = (value: string | null | undefined): string => (value == null ? 'NULL' : `'${value.replace(/'/g, "''")}'`)

const NOT_CLOSED = `set_id NOT IN (SELECT criterion_set_id FROM eval_year WHERE status = 'CLOSED')`

function criterionUpdates(): string {
  const lines: string[] = []
  for (const regulation of REGULATIONS) {
    const seen = new Set<string>()
    for (const [type, list] of Object.entries(regulation.criteria) as [string, CriterionDefinition[]][]) {
      for (const c of list) {
        const key = `${type}/${c.code}`
        if (seen.has(key)) continue
        seen.add(key)
        const where = `WHERE code = ${q(c.code)} AND unit_type = ${q(type)} AND added_by = 'LAW' AND ${NOT_CLOSED}
  AND set_id IN (SELECT id FROM criterion_set WHERE regulation_id = ${q(regulation.id)})`
        const items = c.items && c.items.length > 0 ? JSON.stringify(c.items) : null
        lines.push(`UPDATE criterion SET kind = ${q(c.kind)}, formula_key = ${q(c.formulaKey)}, items = ${q(items)}, allow_not_applicable = ${c.allowNotApplicable ? 1 : 0}
${where};`)
        if (c.text) {
          lines.push(`UPDATE criterion SET short_title = ${q(c.shortTitle)}, text = ${q(c.text)}, text_status = ${q(c.textStatus)}, source_ref = ${q(c.sourceRef ?? regulation.shortName)}
${where} AND text_status <> 'OFFICE_ENTERED';`)
        }
      }
    }
  }
  return lines.join('\n')
}

export const law2026: Migration = {
  version: 6,
  name: 'law_2026',
  sql: `
ALTER TABLE criterion ADD COLUMN items TEXT;
ALTER TABLE criterion ADD COLUMN allow_not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (allow_not_applicable IN (0,1));
ALTER TABLE unit_year ADD COLUMN subunits_eligible INTEGER CHECK (subunits_eligible >= 0);
ALTER TABLE unit_year ADD COLUMN subunits_titled INTEGER CHECK (subunits_titled >= 0 AND subunits_titled <= subunits_eligible);

CREATE TABLE criterion_result_v6 (
  unit_year_id INTEGER NOT NULL REFERENCES unit_year(id) ON DELETE CASCADE,
  criterion_code TEXT NOT NULL,
  result TEXT NOT NULL CHECK (result IN ('DAT','KHONG_DAT','CHUA_DANH_GIA','KHONG_AP_DUNG')),
  note TEXT,
  evidence TEXT,
  assessed_on TEXT,
  PRIMARY KEY (unit_year_id, criterion_code)
) STRICT;
INSERT INTO criterion_result_v6 (unit_year_id, criterion_code, result, note, evidence, assessed_on)
  SELECT unit_year_id, criterion_code, result, note, evidence, assessed_on FROM criterion_result;
DROP TABLE criterion_result;
ALTER TABLE criterion_result_v6 RENAME TO criterion_result;

CREATE TABLE criterion_item_result (
  unit_year_id INTEGER NOT NULL REFERENCES unit_year(id) ON DELETE CASCADE,
  criterion_code TEXT NOT NULL,
  item_key TEXT NOT NULL,
  result TEXT NOT NULL CHECK (result IN ('DAT','KHONG_DAT','CHUA_DANH_GIA')),
  PRIMARY KEY (unit_year_id, criterion_code, item_key)
) STRICT;

CREATE TEMP TABLE law006_copy (old_id INTEGER NOT NULL, new_id INTEGER);
INSERT INTO law006_copy (old_id)
  SELECT id FROM criterion_set WHERE is_current = 1 AND id IN (SELECT criterion_set_id FROM eval_year WHERE status = 'CLOSED');
INSERT INTO criterion_set (regulation_id, is_current, created_at, note)
  SELECT regulation_id, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'Sao từ bộ tiêu chí #' || id || ' (tiêu chí theo văn bản pháp điển)'
  FROM criterion_set WHERE id IN (SELECT old_id FROM law006_copy);
UPDATE law006_copy SET new_id = (SELECT max(s.id) FROM criterion_set s WHERE s.note = 'Sao từ bộ tiêu chí #' || law006_copy.old_id || ' (tiêu chí theo văn bản pháp điển)');
INSERT INTO criterion (set_id, unit_type, number, code, short_title, text, text_status, kind, formula_key, added_by, source_ref, active)
  SELECT m.new_id, c.unit_type, c.number, c.code, c.short_title, c.text, c.text_status, c.kind, c.formula_key, c.added_by, c.source_ref, c.active
  FROM criterion c JOIN law006_copy m ON m.old_id = c.set_id ORDER BY c.id;
UPDATE criterion_set SET is_current = 0 WHERE id IN (SELECT old_id FROM law006_copy);
UPDATE eval_year SET criterion_set_id = (SELECT new_id FROM law006_copy WHERE old_id = eval_year.criterion_set_id)
  WHERE status = 'OPEN' AND criterion_set_id IN (SELECT old_id FROM law006_copy);
DROP TABLE law006_copy;

${criterionUpdates()}
`
}
