import { useEffect } from 'react'
import { Link, Navigate, Route, Routes, useLocation } from 'react-router'
import { Alert, Layout, Menu, Typography } from 'antd'
import type { AppStatus } from '../../shared/api/calls/app'
import { RemoveSampleButton } from './components/RemoveSampleButton'
import { NAVIGATION } from './navigation'
import { YearProvider, useSelectedYear } from './cycle/year-context'
import { YearPicker } from './cycle/YearPicker'

export function Shell({ status }: { status: AppStatus }) {
  return (
    <YearProvider>
      <ShellLayout status={status} />
    </YearProvider>
  )
}

function ShellLayout({ status }: { status: AppStatus }) {
  const { year } = useSelectedYear()
  const location = useLocation()
  const selected = NAVIGATION.find((item) => location.pathname.startsWith(item.key))?.key ?? '/tong-quan'
  const officeName = status.office.configured ? status.office.officeName : 'Chưa khai báo cơ quan'

  useEffect(() => {
    document.title = `ANTT Desk — ${officeName}${year ? ` — Năm ${year}` : ''}`
  }, [officeName, year])

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={208} theme="light" style={{ borderRight: '1px solid #e5e7eb' }}>
        <div style={{ padding: '16px 16px 8px' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#1d4e89' }}>
            ANTT Desk
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            An toàn về an ninh, trật tự
          </Typography.Text>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[selected]}
          items={NAVIGATION.map((item) => ({ key: item.key, icon: item.icon, label: <Link to={item.key}>{item.label}</Link> }))}
          style={{ borderInlineEnd: 'none' }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', padding: '0 20px', height: 48, lineHeight: '48px', borderBottom: '1px solid #e5e7eb', display: 'flex', alignItems: 'center', gap: 12 }}
        >
          <Typography.Text strong>{officeName}</Typography.Text>
          {!status.office.configured && (
            <Link to="/cai-dat" style={{ marginLeft: 12 }}>
              Khai báo thông tin cơ quan
            </Link>
          )}
          <div style={{ marginLeft: 'auto' }}>
            <YearPicker />
          </div>
        </Layout.Header>
        {status.hasSampleData && (
          <Alert
            type="warning"
            banner
            data-testid="sample-banner"
            message="Đang dùng dữ liệu mẫu. Các dòng gắn nhãn “MẪU” sẽ bị xóa khi chọn Xóa dữ liệu mẫu."
            action={<RemoveSampleButton />}
          />
        )}
        <Layout.Content>
          <Routes>
            <Route path="/" element={<Navigate to="/tong-quan" replace />} />
            {NAVIGATION.map((item) => (
              <Route key={item.key} path={`${item.key}/*`} element={item.render(status)} />
            ))}
            <Route path="*" element={<Navigate to="/tong-quan" replace />} />
          </Routes>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
