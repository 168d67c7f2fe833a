import type { Block, DocSpec, Run } from '../../../../shared/documents/spec'

/** Splits a run at every occurrence of a field value, marking the pieces `computed` (the preview highlights them). */
function splitRun(run: Run, values: string[]): Run[] {
  if (run.computed || values.length === 0) return [run]
  const pattern = new RegExp(values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu')
  const out: Run[] = []
  let at = 0
  for (const match of run.text.matchAll(pattern)) {
    if (match.index > at) out.push({ ...run, text: run.text.slice(at, match.index) })
    out.push({ ...run, text: match[0], computed: true })
    at = match.index + match[0].length
  }
  if (at < run.text.length) out.push({ ...run, text: run.text.slice(at) })
  return out.length > 0 ? out : [run]
}

/**
 * The spec with the values of the office wording's named fields marked in body paragraphs. Values shorter than two
 * characters are left alone: a lone digit would light up every number on the page.
 */
export function markFields(spec: DocSpec, values: string[]): DocSpec {
  const wanted = [...new Set(values.filter((v) => v.trim().length >= 2))].sort((a, b) => b.length - a.length)
  if (wanted.length === 0) return spec
  const mark = (block: Block): Block => (block.kind === 'paragraph' ? { ...block, runs: block.runs.flatMap((r) => splitRun(r, wanted)) } : block)
  return { ...spec, sections: spec.sections.map((s) => ({ ...s, blocks: s.blocks.map(mark) })) }
}
