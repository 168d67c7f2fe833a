import { z } from 'zod'

/**
 * Vietnamese messages for the checks no schema names itself (wrong types, extra fields from a malformed request).
 * Field schemas carry their own messages; this map is the safety net so no English reaches the user.
 */
export const vietnameseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Thiếu thông tin bắt buộc.' : 'Giá trị không đúng kiểu dữ liệu.'
    case 'unrecognized_keys':
      return `Yêu cầu có trường không được phép: ${issue.keys.join(', ')}.`
    case 'too_big':
      return issue.origin === 'string'
        ? `Không được dài quá ${String(issue.maximum)} ký tự.`
        : issue.origin === 'array'
          ? `Không được quá ${String(issue.maximum)} phần tử.`
          : `Không được lớn hơn ${String(issue.maximum)}.`
    case 'too_small':
      return issue.origin === 'string' ? 'Không được để trống.' : `Không được nhỏ hơn ${String(issue.minimum)}.`
    case 'invalid_value':
      return 'Giá trị không thuộc danh sách cho phép.'
    case 'invalid_format':
      return 'Giá trị không đúng định dạng.'
    case 'not_multiple_of':
      return 'Số lượng phải là số nguyên không âm.'
    default:
      return 'Giá trị không hợp lệ.'
  }
}

z.config({ customError: vietnameseErrorMap })
