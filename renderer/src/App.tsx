import { useQuery } from '@tanstack/react-query'
import { Result, Spin } from 'antd'
import { ApiError } from '../../shared/api/errors'
import { call } from './api/client'
import { Onboarding } from './pages/Onboarding'
import { RecoveryScreen } from './pages/RecoveryScreen'
import { Shell } from './Shell'

/** Start: a clear screen when the data file cannot be used, the first-run choice, or the app itself. */
export function App() {
  const status = useQuery({ queryKey: ['app.status'], queryFn: () => call('app.status', {}) })
  if (status.isPending) {
    return <Spin fullscreen tip="Đang mở dữ liệu…" />
  }
  if (status.isError) {
    if (status.error instanceof ApiError && (status.error.code === 'DB_CORRUPT' || status.error.code === 'DB_NOT_SQLITE' || status.error.code === 'DB_IN_USE')) {
      return <RecoveryScreen error={status.error.body} />
    }
    const message = status.error instanceof ApiError ? status.error.message : 'Không mở được dữ liệu.'
    return (
      <Result
        status="error"
        title="Không thể mở dữ liệu của ANTT Desk"
        subTitle={message}
        data-testid="startup-error"
      />
    )
  }
  if (status.data.needsOnboarding) return <Onboarding />
  return <Shell status={status.data} />
}
