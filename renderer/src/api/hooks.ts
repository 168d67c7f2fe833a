import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query'
import { App, type FormInstance } from 'antd'
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract'
import { ApiError } from '../../../shared/api/errors'
import { call } from './client'

/** A read through the contract, cached by call name and input. */
export function useApiQuery<N extends CallName>(
  name: N,
  input: CallInput<N>,
  options?: Omit<UseQueryOptions<CallOutput<N>, ApiError>, 'queryKey' | 'queryFn'>
) {
  return useQuery<CallOutput<N>, ApiError>({ queryKey: [name, input], queryFn: () => call(name, input), ...options })
}

/** Puts the messages of a failed save at their fields; returns false when none matched a field of the form. */
export function showFieldErrors(form: FormInstance | undefined, error: ApiError): boolean {
  const fields = error.body.fields
  if (!form || !fields) return false
  const known = Object.entries(fields).filter(([name]) => form.getFieldInstance(name) !== undefined || name in (form.getFieldsValue(true) as object))
  form.setFields(known.map(([name, message]) => ({ name, errors: [message] })))
  return known.length > 0
}

/**
 * A write through the contract: on success a toast and a refresh of every cached read; on failure the Vietnamese
 * message at the field (with a form) or as a toast. A dialog passes `inDialog` and shows `error` with <CallError>
 * inside itself instead of a toast that vanishes behind it.
 */
export function useApiMutation<N extends CallName>(
  name: N,
  options: {
    form?: FormInstance
    inDialog?: boolean
    success?: string | ((data: CallOutput<N>) => string)
    onSuccess?: (data: CallOutput<N>) => void
    /** Reads the page is showing the result in, not refreshed by this write (a saved document stays on screen). */
    keep?: readonly CallName[]
  } = {}
) {
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  return useMutation<CallOutput<N>, ApiError, CallInput<N>>({
    mutationFn: (input) => call(name, input),
    onSuccess: async (data) => {
      await queryClient.invalidateQueries(options.keep ? { predicate: (query) => !options.keep!.includes(query.queryKey[0] as CallName) } : undefined)
      if (options.success) void message.success(typeof options.success === 'function' ? options.success(data) : options.success)
      options.onSuccess?.(data)
    },
    onError: (error) => {
      if (error.code === 'NEEDS_CONFIRMATION') return
      const atField = showFieldErrors(options.form, error)
      if (!options.inDialog && (!atField || !options.form)) void message.error(error.message)
    }
  })
}
