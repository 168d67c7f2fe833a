import type { ReactNode } from 'react'
import { ApartmentOutlined, CalendarOutlined, DashboardOutlined, EnvironmentOutlined, SettingOutlined } from '@ant-design/icons'
import type { AppStatus } from '../../shared/api/calls/app'
import { DashboardPage } from './pages/DashboardPage'
import { UnitsPage } from './pages/units/UnitsPage'
import { AreasPage } from './pages/areas/AreasPage'
import { SettingsPage } from './pages/settings/SettingsPage'
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
  { key: '/cai-dat', icon: <SettingOutlined />, label: 'Cài đặt', render: () => <SettingsPage /> }
]
