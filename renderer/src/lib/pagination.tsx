import type { PaginationProps } from 'antd'
import { DoubleLeftOutlined, DoubleRightOutlined, LeftOutlined, RightOutlined } from './icons'

const STEP_LABELS = { prev: 'Trang trước', next: 'Trang sau', 'jump-prev': 'Lùi 5 trang', 'jump-next': 'Tiến 5 trang' } as const

/**
 * Pagination arrows named in Vietnamese: antd's own arrows are icons named "left", "double-right"…, which a screen
 * reader reads as the button's name. Same classes as antd's, so they look the same.
 */
export const vietnamesePaginationItem: PaginationProps['itemRender'] = (_page, type, original) => {
  if (type === 'page') return original
  const label = STEP_LABELS[type]
  if (type === 'prev' || type === 'next') {
    return (
      <button type="button" className="ant-pagination-item-link" aria-label={label}>
        {type === 'prev' ? <LeftOutlined /> : <RightOutlined />}
      </button>
    )
  }
  return (
    <a className="ant-pagination-item-link" aria-label={label}>
      <div className="ant-pagination-item-container">
        {type === 'jump-prev' ? <DoubleLeftOutlined className="ant-pagination-item-link-icon" /> : <DoubleRightOutlined className="ant-pagination-item-link-icon" />}
        <span className="ant-pagination-item-ellipsis">•••</span>
      </div>
    </a>
  )
}
