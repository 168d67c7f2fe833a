import type { CSSProperties, ReactNode } from 'react'
import { articleHead, SAMPLE_MARK, type Block, type DocSpec, type Run, type SectionSpec, type TableBlock } from '../../../../shared/documents/spec'

/**
 * The preview of the Văn bản page: the same block tree the Word file is built from, drawn as paper pages
 * (A4 proportions, Times New Roman, the NĐ 30 positions). Long lists are cut after a few dozen rows.
 */
const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc'
const MAX_ROWS = 40

function runs(list: Run[], base: CSSProperties = {}): ReactNode {
  return list.map((r, i) => (
    <span key={i} style={{ ...base, fontWeight: r.bold ? 700 : base.fontWeight, fontStyle: r.italic ? 'italic' : base.fontStyle, background: r.computed ? '#fff3bf' : undefined, whiteSpace: 'pre-wrap' }}>
      {r.text.replace(/\t/g, ' ……… ')}
    </span>
  ))
}

const center: CSSProperties = { textAlign: 'center', margin: 0 }
const body: CSSProperties = { textAlign: 'justify', textIndent: '1cm', margin: '6pt 0 0', lineHeight: 1.2 }
const rule = (width: string): ReactNode => <div style={{ borderBottom: '1px solid #000', width, margin: '1px auto 0' }} />

function table(block: TableBlock): ReactNode {
  const total = block.columns.reduce((n, c) => n + c.width, 0)
  const rows = block.rows.slice(0, MAX_ROWS)
  const cell: CSSProperties = { border: '1px solid #000', padding: '1px 4px', fontSize: '13pt', verticalAlign: 'top' }
  return (
    <>
      {block.caption && <p style={{ ...center, fontWeight: 700, marginTop: '6pt' }}>{block.caption}</p>}
      <table style={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', marginTop: 4 }}>
        <colgroup>
          {block.columns.map((c, i) => (
            <col key={i} style={{ width: `${(c.width / total) * 100}%` }} />
          ))}
        </colgroup>
        <thead>
          {block.groups && block.groups.length > 0 && (
            <tr>
              {block.columns.map((c, i) => {
                const group = block.groups!.find((g) => g.from === i)
                if (group) return <th key={i} colSpan={group.span} style={cell}>{group.title}</th>
                if (block.groups!.some((g) => i > g.from && i < g.from + g.span)) return null
                return <th key={i} rowSpan={2} style={cell}>{c.title}</th>
              })}
            </tr>
          )}
          <tr>
            {block.columns.map((c, i) =>
              !block.groups?.length || block.groups.some((g) => i >= g.from && i < g.from + g.span) ? <th key={i} style={cell}>{c.title}</th> : null
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) =>
            row.kind === 'group' || row.kind === 'empty' ? (
              <tr key={i}>
                <td colSpan={block.columns.length} style={{ ...cell, fontWeight: row.kind === 'group' ? 700 : 400, textAlign: row.kind === 'group' ? 'left' : 'center' }}>{row.text}</td>
              </tr>
            ) : (
              <tr key={i}>
                {row.cells.map((text, j) => (
                  <td key={j} colSpan={row.kind === 'data' ? row.spans?.[j] : undefined} style={{ ...cell, fontWeight: row.kind === 'total' ? 700 : 400, textAlign: block.columns[j]?.align === 'left' ? 'left' : 'center', whiteSpace: 'pre-line' }}>
                    {text}
                  </td>
                ))}
              </tr>
            )
          )}
        </tbody>
      </table>
      {block.rows.length > MAX_ROWS && <p className="muted" style={{ ...center, fontFamily: 'inherit', fontSize: 12 }}>… còn {block.rows.length - MAX_ROWS} dòng nữa trong tệp Word</p>}
    </>
  )
}

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.kind) {
    case 'header':
      return (
        <div key={key}>
          <div style={{ display: 'grid', gridTemplateColumns: '43% 57%', fontSize: '12pt' }}>
            <div style={center}>
              {block.parentLines.map((l) => <div key={l}>{l}</div>)}
              {block.issuerLines.map((l) => <div key={l} style={{ fontWeight: 700 }}>{l}</div>)}
              {rule('35%')}
            </div>
            <div style={center}>
              <div style={{ fontWeight: 700 }}>{QUOC_HIEU}</div>
              <div style={{ fontWeight: 700, fontSize: '13pt' }}>{TIEU_NGU}</div>
              {rule('62%')}
            </div>
            {block.numberLine !== undefined && (
              <div style={{ ...center, fontSize: '13pt', marginTop: '6pt', whiteSpace: 'pre' }}>
                <div>{block.numberLine}</div>
                {block.vvLines?.map((l) => <div key={l} style={{ fontSize: '12pt' }}>{l}</div>)}
              </div>
            )}
            {block.dateLine !== undefined && <div style={{ ...center, fontStyle: 'italic', fontSize: '13pt', marginTop: '6pt', whiteSpace: 'pre' }}>{block.dateLine}</div>}
          </div>
          {block.sampleMark && <p style={{ ...center, fontStyle: 'italic', fontSize: '12pt' }}>{SAMPLE_MARK}</p>}
        </div>
      )
    case 'title':
      return (
        <div key={key} style={{ marginTop: '18pt' }}>
          <p style={{ ...center, fontWeight: 700, fontSize: `${block.typeNamePt ?? 14}pt` }}>{block.typeName}</p>
          {block.subjectLines.map((l) => <p key={l} style={{ ...center, fontWeight: 700 }}>{l}</p>)}
          {!block.noRule && block.subjectLines.length > 0 && rule('30%')}
        </div>
      )
    case 'centered':
      return <p key={key} style={{ ...center, marginTop: `${block.beforePt ?? 6}pt`, fontSize: block.pt ? `${block.pt}pt` : undefined }}>{runs(block.runs)}</p>
    case 'kinhGui':
      return block.addressees.length === 1 ? (
        <p key={key} style={{ ...center, marginTop: '6pt' }}>Kính gửi: {block.addressees[0]}</p>
      ) : (
        <div key={key} style={{ marginTop: '6pt', marginLeft: '2cm' }}>
          <div>Kính gửi:</div>
          {block.addressees.map((a, i) => <div key={a} style={{ marginLeft: '2.2cm' }}>- {a}{i === block.addressees.length - 1 ? '.' : ';'}</div>)}
        </div>
      )
    case 'canCu':
      return block.lines.map((l, i) => <p key={`${key}-${i}`} style={{ ...body, fontStyle: block.upright ? 'normal' : 'italic', whiteSpace: 'pre-wrap' }}>{l}</p>)
    case 'paragraph':
      return <p key={key} style={{ ...body, fontWeight: block.role === 'heading' ? 700 : 400 }}>{runs(block.runs)}</p>
    case 'article':
      return (
        <p key={key} style={body}>
          <b>{articleHead(block)}</b> {block.text}
        </p>
      )
    case 'table':
      return <div key={key}>{table(block)}</div>
    case 'signature':
      return (
        <div key={key} style={{ display: 'grid', gridTemplateColumns: '43% 57%', marginTop: '12pt' }}>
          <div>
            {block.leftTitle !== undefined ? (
              <div style={center}><b>{block.leftTitle}</b><div style={{ fontStyle: 'italic' }}>{block.hint}</div></div>
            ) : block.leftNote ? (
              <div>{block.leftNote}</div>
            ) : block.recipients.length > 0 ? (
              <div style={{ fontSize: '11pt' }}>
                <div style={{ fontSize: '12pt', fontWeight: 700, fontStyle: 'italic' }}>Nơi nhận:</div>
                {block.recipients.map((r, i) => <div key={r}>- {r}{i === block.recipients.length - 1 ? '.' : ';'}</div>)}
              </div>
            ) : null}
          </div>
          <div style={{ ...center, fontWeight: 700 }}>
            {block.dateLine && <div style={{ fontStyle: 'italic', fontWeight: 400, whiteSpace: 'pre' }}>{block.dateLine}</div>}
            {block.authorityLine && <div>{block.authorityLine}</div>}
            <div>{block.titleLine}</div>
            {block.hint && <div style={{ fontStyle: 'italic', fontWeight: 400 }}>{block.hint}</div>}
            <div style={{ marginTop: '2.2cm' }}>{block.rank ? `${block.rank} ` : ''}{block.name}</div>
          </div>
        </div>
      )
    case 'appendixHeading':
      return (
        <div key={key} style={{ marginTop: '12pt' }}>
          <p style={{ ...center, fontWeight: 700 }}>{block.label}</p>
          {block.titleLines.map((l) => <p key={l} style={{ ...center, fontWeight: 700 }}>{l}</p>)}
          {block.attachLine && <p style={{ ...center, fontStyle: 'italic', whiteSpace: 'pre-wrap' }}>{block.attachLine}</p>}
          {rule('25%')}
        </div>
      )
  }
}

function Page({ section, index }: { section: SectionSpec; index: number }) {
  const landscape = section.landscape === true
  return (
    <div
      data-testid={`preview-section-${index}`}
      style={{
        background: '#fff',
        boxShadow: '0 1px 4px rgba(0,0,0,0.2)',
        // Real A4 in points with the default margins, zoomed to the column.
        width: landscape ? '842pt' : '595pt',
        minHeight: landscape ? '595pt' : '842pt',
        padding: '57pt 43pt 57pt 85pt',
        boxSizing: 'border-box',
        margin: '0 auto 16px',
        fontFamily: '"Times New Roman", "Liberation Serif", Times, serif',
        fontSize: '14pt',
        color: '#000',
        zoom: landscape ? 0.58 : 0.8
      }}
    >
      {section.blocks.map(renderBlock)}
    </div>
  )
}

export function DocPreview({ spec }: { spec: DocSpec }) {
  const sections = spec.sections.slice(0, 12)
  return (
    <div data-testid="doc-preview">
      {sections.map((section, i) => (
        <Page key={i} section={section} index={i} />
      ))}
      {spec.sections.length > sections.length && <p className="muted" style={{ textAlign: 'center' }}>… và {spec.sections.length - sections.length} trang nữa trong tệp Word</p>}
    </div>
  )
}
