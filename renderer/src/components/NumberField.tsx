import { InputNumber, type InputNumberProps } from 'antd'

/**
 * A number typed by the office (households, counts, a year). antd's stepper arrows are named "Increase Value" /
 * "Decrease Value" in English with no way to rename them, and the office types the figure anyway: no arrows.
 */
export function NumberField<T extends number | string = number>(props: InputNumberProps<T>) {
  return <InputNumber<T> controls={false} {...props} />
}
