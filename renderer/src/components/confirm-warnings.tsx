import type { HookAPI } from 'antd/es/modal/useModal'
import { ApiError } from '../../../shared/api/errors'

/**
 * Runs a save; when core answers NEEDS_CONFIRMATION, shows the warnings and, if the user agrees, runs it again
 * with confirmed = true. Any other failure is re-thrown for the caller's usual handling.
 */
export async function saveWithConfirmation<T>(
  modal: HookAPI,
  save: (confirmed: boolean) => Promise<T>
): Promise<T | null> {
  try {
    return await save(false)
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'NEEDS_CONFIRMATION') throw error
    const agreed = await modal.confirm({
      title: 'Vui lòng xem lại trước khi lưu',
      content: (
        <ul style={{ paddingLeft: 18, margin: 0 }}>
          {(error.body.warnings ?? []).map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ),
      okText: 'Vẫn lưu',
      cancelText: 'Quay lại sửa'
    })
    return agreed ? save(true) : null
  }
}
