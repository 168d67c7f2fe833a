import { Alert } from 'antd'
import type { ApiError } from '../../../shared/api/errors'

/** A refused call's Vietnamese message inside the open dialog, where the user is looking (issue 11 item 7). */
export function CallError({ error }: { error: ApiError | Error | null | undefined }) {
  if (!error || ('code' in error && error.code === 'NEEDS_CONFIRMATION')) return null
  return <Alert type="error" showIcon message={error.message} data-testid="dialog-error" style={{ marginTop: 8 }} />
}
