import type { ReactNode } from 'react'
import { ApartmentOutlined, BookOutlined, CalendarOutlined, DashboardOutlined, EnvironmentOutlined, FileTextOutlined, HistoryOutlined, SafetyOutlined, SettingOutlined, SwapOutlined } from './lib/icons'
import type { AppStatus } from '../../shared/api/calls/app'
import { DashboardPage } from './pages/DashboardPage'
import { UnitsPage } from './pages/units/UnitsPage'
import { AreasPage } from './pages/areas/AreasPage'
import { SettingsPage } from './pages/settings/SettingsPage'
import { DocumentsPage } from './pages/documents/DocumentsPage'
import { RegisterPage } from './pages/documents/RegisterPage'
import { BackupPage } from './pages/backup/BackupPage'
import { ExchangePage } from './pages/exchange/ExchangePage'
import { AuditPage } from './pages/audit/AuditPage'
import { CyclePage } from './pages/cycle/CyclePage'

export interface NavigationItem {
  key: string
  icon: ReactNode
  label: string
  render: (status: AppStatus) => ReactNode
}

/** The left navigation of ux.md, in its order; each page owns everything under its path. */
export const NAVIGATION: NavigationItem[] = [
  { key: '/tong-quan', icon: <DashboardOutlined />, label: 'Tổng quan', render: (status) => <DashboardPage status={status} /> },
  { key: '/don-vi', icon: <ApartmentOutlined />, label: 'Đơn vị', render: () => <UnitsPage /> },
  { key: '/nam-danh-gia', icon: <CalendarOutlined />, label: 'Năm đánh giá', render: () => <CyclePage /> },
  { key: '/dia-ban', icon: <EnvironmentOutlined />, label: 'Địa bàn', render: () => <AreasPage /> },
  { key: '/van-ban', icon: <FileTextOutlined />, label: 'Văn bản', render: () => <DocumentsPage /> },
  { key: '/so-van-ban', icon: <BookOutlined />, label: 'Sổ văn bản', render: () => <RegisterPage /> },
  { key: '/nhap-xuat', icon: <SwapOutlined />, label: 'Nhập / Xuất', render: () => <ExchangePage /> },
  { key: '/sao-luu', icon: <SafetyOutlined />, label: 'Sao lưu', render: () => <BackupPage /> },
  { key: '/nhat-ky', icon: <HistoryOutlined />, label: 'Nhật ký', render: () => <AuditPage /> },
  { key: '/cai-dat', icon: <SettingOutlined />, label: 'Cài đặt', render: () => <SettingsPage /> }
]
