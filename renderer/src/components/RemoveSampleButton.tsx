import { App, Button } from 'antd'
import { useApiMutation } from '../api/hooks'

export function RemoveSampleButton() {
  const { modal } = App.useApp()
  const remove = useApiMutation('app.removeSample', {
    success: (result) => `Đã xóa dữ liệu mẫu: ${result.removedAreas} địa bàn, ${result.removedUnits} đơn vị, ${result.removedSigners} người ký.`
  })
  return (
    <Button
      size="small"
      danger
      loading={remove.isPending}
      onClick={() =>
        modal.confirm({
          title: 'Xóa dữ liệu mẫu?',
          content: 'Toàn bộ địa bàn, đơn vị, người ký và thông tin cơ quan của dữ liệu mẫu sẽ bị xóa. Thao tác này không hoàn tác được.',
          okText: 'Xóa dữ liệu mẫu',
          okButtonProps: { danger: true },
          cancelText: 'Hủy',
          onOk: () => remove.mutateAsync({})
        })
      }
    >
      Xóa dữ liệu mẫu
    </Button>
  )
}
