import { useSearchParams } from 'react-router'
import { Tabs } from 'antd'
import { OfficeProfileForm } from './OfficeProfileForm'
import { SignersTable } from './SignersTable'
import { FormatProfileForm } from './FormatProfileForm'
import { CriteriaSettings } from './CriteriaSettings'
import { WordingSettings } from './WordingSettings'
import { TemplateSettings } from './TemplateSettings'
import { LawSettings } from './LawSettings'

/** Cài đặt: the office profile that documents print, and the people who sign them. */
export function SettingsPage() {
  // “?tab=signers”: a link (the setup checklist) can open one tab.
  const [searchParams] = useSearchParams()
  return (
    <div className="page">
      <div className="page-header">
        <h1>Cài đặt</h1>
      </div>
      <Tabs
        defaultActiveKey={searchParams.get('tab') ?? 'office'}
        items={[
          { key: 'office', label: 'Thông tin cơ quan', children: <OfficeProfileForm /> },
          { key: 'signers', label: 'Người ký', children: <SignersTable /> },
          { key: 'format', label: 'Thể thức văn bản', children: <FormatProfileForm /> },
          { key: 'wording', label: 'Mẫu văn bản', children: <WordingSettings /> },
          { key: 'templates', label: 'Mẫu Word', children: <TemplateSettings /> },
          { key: 'criteria', label: 'Bộ tiêu chí', children: <CriteriaSettings /> },
          { key: 'law', label: 'Căn cứ pháp lý', children: <LawSettings /> }
        ]}
      />
    </div>
  )
}
