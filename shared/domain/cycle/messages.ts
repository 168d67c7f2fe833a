import { formatScreenDate } from '../../text/dates'

/** The verbatim messages of domain.md §8 used by the yearly cycle. */
export const MESSAGES = {
  V07: (unit: string, year: number) => `Đơn vị ${unit} đã có hồ sơ năm ${year}.`,
  V09: (field: string, today: string) => `${field} không được sau ngày hôm nay (${formatScreenDate(today)}).`,
  V10: (field1: string, date1: string, field2: string, date2: string) =>
    `${field1} (${formatScreenDate(date1)}) không được trước ${field2.charAt(0).toLocaleLowerCase('vi') + field2.slice(1)} (${formatScreenDate(date2)}).`,
  V11: (date: string, year: number) => `Ngày đăng ký ${formatScreenDate(date)} không thuộc năm đánh giá ${year}.`,
  V12: (year: number) => `Đăng ký sau ngày 31/3/${year} (quá hạn Quý I): tiêu chí 1 sẽ được đánh giá là KHÔNG ĐẠT.`,
  V13: 'Số lượng phải là số nguyên không âm.',
  V14: (a: number, b: number) => `Số hộ đăng ký (${a}) không được lớn hơn tổng số hộ đang cư trú (${b}).`,
  V14_STAFF: (a: number, b: number) => `Số người được phổ biến (${a}) không được lớn hơn tổng số cán bộ, người lao động (${b}).`,
  SUBUNITS_OVER: (titled: number, eligible: number, article: string) =>
    `Số đầu mối trực thuộc đạt danh hiệu (${titled}) không được lớn hơn số đầu mối đủ điều kiện bình xét danh hiệu thi đua (${eligible}) — ${article} Thông tư số 124/2021/TT-BCA.`,
  V15: 'Khu dân cư phải có ít nhất 01 hộ gia đình đang cư trú.',
  V16: (year: number) =>
    `Năm ${year} không thuộc phạm vi áp dụng của quy định nào đã cấu hình (Thông tư số 23/2012/TT-BCA: đến năm 2021; Thông tư số 124/2021/TT-BCA: từ năm 2022).`,
  V17: (date: string, year: number) => `Đơn vị đã ngừng hoạt động từ ngày ${formatScreenDate(date)}; không tạo hồ sơ năm ${year}.`,
  V18: (numbers: number[]) => `Chưa thể đề nghị công nhận: đơn vị chưa đạt tiêu chí ${numbers.join(', ')}.`,
  V19: (items: string[]) => `Hồ sơ chưa đủ: còn thiếu ${items.join(', ')}.`,
  V20: 'Vui lòng nhập lý do.',
  V21: (year: number, unit: string, number: string, date: string) =>
    `Hồ sơ năm ${year} của ${unit} đã có quyết định số ${number} ngày ${formatScreenDate(date)}. Mọi thay đổi phải thực hiện bằng chức năng “Điều chỉnh” và ghi rõ lý do.`,
  V26: (year: number) => `Chưa có mô hình phong trào hoạt động hiệu quả năm ${year}: tiêu chí 1 sẽ không đạt.`,
  OUT_OF_YEAR: (field: string, date: string, year: number) => `${field} ${formatScreenDate(date)} không thuộc năm đánh giá ${year}.`,
  YEAR_CLOSED: (year: number) =>
    `Năm đánh giá ${year} đã chốt; không thể thay đổi. Mọi thay đổi phải thực hiện bằng chức năng “Điều chỉnh” và ghi rõ lý do.`,
  DATE_REQUIRED: (field: string) => `Vui lòng nhập ${field.charAt(0).toLocaleLowerCase('vi') + field.slice(1)}.`,
  LEGAL_REF_REQUIRED: 'Vui lòng nhập số, ngày của văn bản điều chỉnh (căn cứ pháp lý).',
  DECISION_REQUIRED: 'Vui lòng nhập số quyết định, ngày quyết định và người ký.',
  UNREGISTER_HAS_DATA: 'Không thể hủy ghi nhận đăng ký: hồ sơ đã có dữ liệu họp đánh giá hoặc hồ sơ nộp.',
  CRITERIA_NOT_ASSESSED: (numbers: number[]) => `Chưa đánh giá tiêu chí ${numbers.join(', ')}: vui lòng chọn Đạt hoặc Không đạt cho mọi tiêu chí.`,
  EXCLUSION_REQUIRED: 'Vui lòng chọn lý do ngoài phạm vi.'
} as const
