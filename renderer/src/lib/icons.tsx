import type { ComponentType } from 'react'
import * as Ant from '@ant-design/icons'
import type { AntdIconProps } from '@ant-design/icons/lib/components/AntdIcon'

/**
 * The app's icons, decorative: antd names each icon by its English file name ("file-text"), which a screen reader
 * reads before the label ("file-text Văn bản"). Every icon sits beside a Vietnamese label, or its button carries one.
 * Import icons from here, never from '@ant-design/icons' (the lint rule says so).
 */
function decorative(Icon: ComponentType<AntdIconProps>): ComponentType<AntdIconProps> {
  const Decorative = (props: AntdIconProps) => <Icon aria-hidden aria-label={undefined} {...props} />
  return Decorative
}

export const ApartmentOutlined = decorative(Ant.ApartmentOutlined)
export const ArrowLeftOutlined = decorative(Ant.ArrowLeftOutlined)
export const BookOutlined = decorative(Ant.BookOutlined)
export const CalendarOutlined = decorative(Ant.CalendarOutlined)
export const CloudDownloadOutlined = decorative(Ant.CloudDownloadOutlined)
export const DashboardOutlined = decorative(Ant.DashboardOutlined)
export const DatabaseOutlined = decorative(Ant.DatabaseOutlined)
export const DownloadOutlined = decorative(Ant.DownloadOutlined)
export const EnvironmentOutlined = decorative(Ant.EnvironmentOutlined)
export const FileAddOutlined = decorative(Ant.FileAddOutlined)
export const FileExcelOutlined = decorative(Ant.FileExcelOutlined)
export const FileSearchOutlined = decorative(Ant.FileSearchOutlined)
export const FileTextOutlined = decorative(Ant.FileTextOutlined)
export const FileWordOutlined = decorative(Ant.FileWordOutlined)
export const FolderOpenOutlined = decorative(Ant.FolderOpenOutlined)
export const HistoryOutlined = decorative(Ant.HistoryOutlined)
export const InboxOutlined = decorative(Ant.InboxOutlined)
export const MoreOutlined = decorative(Ant.MoreOutlined)
export const PlusOutlined = decorative(Ant.PlusOutlined)
export const PrinterOutlined = decorative(Ant.PrinterOutlined)
export const SafetyCertificateOutlined = decorative(Ant.SafetyCertificateOutlined)
export const SafetyOutlined = decorative(Ant.SafetyOutlined)
export const SettingOutlined = decorative(Ant.SettingOutlined)
export const SwapOutlined = decorative(Ant.SwapOutlined)
export const UndoOutlined = decorative(Ant.UndoOutlined)
export const CheckCircleFilled = decorative(Ant.CheckCircleFilled)
export const ClockCircleOutlined = decorative(Ant.ClockCircleOutlined)
export const SearchOutlined = decorative(Ant.SearchOutlined)
export const LeftOutlined = decorative(Ant.LeftOutlined)
export const RightOutlined = decorative(Ant.RightOutlined)
export const DoubleLeftOutlined = decorative(Ant.DoubleLeftOutlined)
export const DoubleRightOutlined = decorative(Ant.DoubleRightOutlined)

/** antd's own control icons, named in Vietnamese where the icon is the control's only label. */
export const CLEAR_SELECTION_ICON = <Ant.CloseCircleFilled aria-label="Bỏ lựa chọn" />
/** A select's clear button: rc-select names it "Clear" unless told otherwise. */
export const CLEARABLE_SELECT = { clearIcon: <Ant.CloseCircleFilled aria-hidden />, label: 'Bỏ lựa chọn' }
export const CLOSE_ICON = <Ant.CloseOutlined aria-hidden aria-label={undefined} />
export const SELECT_ARROW_ICON = <Ant.DownOutlined aria-hidden aria-label={undefined} />
export const CALENDAR_ICON = <Ant.CalendarOutlined aria-hidden aria-label={undefined} />
export const RANGE_SEPARATOR_ICON = <Ant.SwapRightOutlined aria-hidden aria-label={undefined} />
export const CLEARABLE_INPUT = { clearIcon: <Ant.CloseCircleFilled aria-label="Xóa nội dung đã nhập" /> }
export const MORE_TABS_ICON = <Ant.EllipsisOutlined aria-label="Các thẻ khác" />
