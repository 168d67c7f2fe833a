import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import type { DocSpec, SectionSpec } from '../../../../shared/documents/spec'
import { renderDocx } from '../docx/render'
import type { FormatProfile } from '../format/profile'
import { escapeXml } from '../docx/table-rows-xml'
import type { WordingField } from '../../../../shared/api/calls/document-office'
import { fillChecked } from '../templates/template-fill'


/** The texts of a section in order (runs, lines, notes), and its shape without them. */
function textsOf(section: SectionSpec): { texts: string[]; shape: string } {
  const texts: string[] = []
  const shape = JSON.stringify(section, (key, value: unknown) => {
    if (typeof value === 'string' && ['text', 'leftNote', 'name', 'dateLine'].includes(key)) {
      texts.push(value)
      return '·'
    }
    return value
  })
  return { texts, shape }
}

interface Layout {
  parts: Record<string, Uint8Array>
  xml: string
  texts: string[]
}

/**
 * One file per Giấy công nhận, fast: a batch's sections differ only in their texts (the unit's name, address, số vào
 * sổ), so each shape is rendered once by the real renderer and every other unit's file is that package with its own
 * texts put in place of the first unit's — the bytes the builder gives for a one-unit batch, without rebuilding it.
 */
export class CertificateWriter {
  private readonly layouts = new Map<string, Promise<Layout>>()

  constructor(
    private readonly spec: DocSpec,
    private readonly profile: FormatProfile,
    /** The office's Word template of the certificates, when it has one: each file is filled from it. */
    private readonly template: { content: Uint8Array; fields: WordingField[] } | null = null
  ) {}

  get count(): number {
    return this.spec.sections.length
  }

  private layout(section: SectionSpec, shape: string, texts: string[]): Promise<Layout> {
    let layout = this.layouts.get(shape)
    if (!layout) {
      layout = renderDocx({ ...this.spec, sections: [section] }, this.profile).then((bytes) => {
        const parts = unzipSync(bytes)
        return { parts, xml: strFromU8(parts['word/document.xml']!), texts }
      })
      this.layouts.set(shape, layout)
    }
    return layout
  }

  async file(index: number): Promise<Uint8Array> {
    const section = this.spec.sections[index]!
    if (this.template) return fillChecked(this.template.content, { ...this.spec, sections: [section] }, this.template.fields, this.profile)
    const { texts, shape } = textsOf(section)
    const layout = await this.layout(section, shape, texts)
    let xml = layout.xml
    for (let i = 0; i < texts.length; i++) {
      const from = `>${escapeXml(layout.texts[i]!)}<`
      if (layout.texts[i] === texts[i]) continue
      // A text the renderer wrote some other way (escaping, split runs): this unit gets a full render instead.
      if (!xml.includes(from)) return renderDocx({ ...this.spec, sections: [section] }, this.profile)
      xml = xml.replace(from, `>${escapeXml(texts[i]!)}<`)
    }
    return zipSync({ ...layout.parts, 'word/document.xml': strToU8(xml) })
  }
}
