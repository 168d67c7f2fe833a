/**
 * docxtemplater's named errors in Vietnamese, with the tag the office typed: an unclosed or unopened tag or loop, or
 * a loop closed by another name. Only the first problem is named; the office fixes it and uploads again.
 */
interface TagErrorProperties {
  id?: string
  xtag?: string
  openingtag?: string
  closingtag?: string
}

const detailsOf = (error: unknown): TagErrorProperties[] => {
  const props = (error as { properties?: { errors?: { properties?: TagErrorProperties }[] } & TagErrorProperties }).properties
  if (!props) return []
  return props.errors ? props.errors.map((e) => e.properties ?? {}) : [props]
}

export function templateErrorMessage(error: unknown): string {
  const first = detailsOf(error)[0]
  const tag = first?.xtag ?? ''
  switch (first?.id) {
    case 'unclosed_tag':
      return `Mẫu có trường “{${tag}” thiếu dấu đóng “}”. Hãy gõ lại trường đó trong Word.`
    case 'unopened_tag':
      return `Mẫu có dấu “}” sau “${tag}” mà không có dấu mở “{”. Hãy gõ lại trường đó trong Word.`
    case 'unclosed_loop':
      return `Mẫu có vòng lặp “{#${tag}}” thiếu dòng đóng “{/${tag}}”.`
    case 'unopened_loop':
      return `Mẫu có dòng đóng “{/${tag}}” mà không có dòng mở “{#${tag}}”.`
    case 'closing_tag_does_not_match_opening_tag':
      return `Vòng lặp “{#${first.openingtag ?? ''}}” lại được đóng bằng “{/${first.closingtag ?? ''}}”.`
    case 'unbalanced_loop_tags':
      return 'Mẫu có các dòng mở “{#…}” và đóng “{/…}” không khớp nhau. Hãy tải lại mẫu gốc và sửa lại.'
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
      return `Trường “{@${tag}}” phải đứng một mình trên một dòng.`
    case 'filetype_not_identified':
    case 'filetype_not_handled':
      return 'Tệp tải lên không phải tệp Word (.docx). Vui lòng chọn tệp .docx đã lưu bằng Word.'
    case 'duplicate_open_tag':
    case 'duplicate_close_tag':
      return `Mẫu có trường “${tag}” bị gõ trùng dấu ngoặc; hãy gõ lại trường đó trong Word.`
    default:
      return 'Mẫu Word có trường không đọc được. Hãy tải lại mẫu gốc và sửa lại.'
  }
}
