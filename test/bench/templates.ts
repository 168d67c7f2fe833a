import { DEFAULT_PROFILE } from '../../electron/core/documents/format/profile'
import { renderDocx } from '../../electron/core/documents/docx/render'
import { renderTemplate } from '../../electron/core/documents/templates/template-docx'
import { fillChecked } from '../../electron/core/documents/templates/template-fill'
import { templatize } from '../../electron/core/documents/templates/template-spec'
import { decisionSpec } from './documents'
import { measure, type BenchResult } from './measure'

/**
 * A decision and its attached list printed through an office's Word template (docxtemplater fill, the list's rows
 * put in place, the NĐ 30 must-rule check), against the floor of the built-in layout of the same spec.
 * Goal: 1,000 rows under 1 s.
 */
export async function benchTemplates(): Promise<BenchResult[]> {
  const fields = [{ name: 'Năm', value: '2024' }]
  const template = await renderTemplate(templatize(decisionSpec(3), fields), DEFAULT_PROFILE)
  const spec = decisionSpec(1000)
  return [await measure('templates: Word template fill, decision + list, 1000 rows', () => fillChecked(template, spec, fields, DEFAULT_PROFILE), () => renderDocx(spec, DEFAULT_PROFILE), 9)]
}
