import type { ActionInput, Labels } from '@/domain/workflow'

/** A label as this admin's own panels show it: Chinese, then English. */
export const bi = (l: Labels | undefined) => (l ? (l.zh === l.en ? l.zh : `${l.zh} ${l.en}`) : '')

/** One answered item of a `checklist` input, as the server takes it. */
export type ChecklistAnswer = { item: string; ok: boolean; note?: string }

/** What a form holds for one input: text as typed, or a checklist's answers. */
export type InputValue = string | ChecklistAnswer[]
export type FormValues = Record<string, InputValue>

const pad = (n: number) => String(n).padStart(2, '0')

/** An instant as a `datetime-local` input shows it (the browser's local time). */
export const toLocalInput = (value: string | number | boolean | undefined): string => {
  if (typeof value !== 'string' || !value) return ''
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The form's starting values: each input's default, a checklist with every item ok. */
export const initialValues = (inputs: readonly ActionInput[]): FormValues =>
  Object.fromEntries(
    inputs.map((input): [string, InputValue] => {
      if (input.type === 'checklist') {
        return [input.name, (input.options ?? []).map((o) => ({ item: o.value, ok: true }))]
      }
      if (input.type === 'datetime') return [input.name, toLocalInput(input.defaultValue)]
      const d = input.defaultValue
      return [input.name, d === undefined || d === null ? '' : String(d)]
    }),
  )

export type BodyResult =
  { ok: true; body: Record<string, unknown> } | { ok: false; field: string; message: string }

const REQUIRED = '必填 / Required'

/**
 * The JSON an action is posted with: text and choices as strings, people as their ids, times as
 * ISO instants, numbers and money (yuan) as numbers, a checklist as its answers. Optional inputs left empty are not
 * sent; a required one left empty is named before anything is posted.
 */
export const toBody = (inputs: readonly ActionInput[], values: FormValues): BodyResult => {
  const body: Record<string, unknown> = {}
  for (const input of inputs) {
    const value = values[input.name]
    if (input.type === 'checklist') {
      const answers = Array.isArray(value) ? value : []
      body[input.name] = answers.map((a) =>
        a.note?.trim() ? { ...a, note: a.note.trim() } : { item: a.item, ok: a.ok },
      )
      continue
    }
    const text = typeof value === 'string' ? value.trim() : ''
    if (!text) {
      if (input.required) return { ok: false, field: input.name, message: REQUIRED }
      continue
    }
    if (input.type === 'datetime') {
      const d = new Date(text)
      if (Number.isNaN(d.getTime())) {
        return { ok: false, field: input.name, message: '时间格式不对 / Not a valid time' }
      }
      body[input.name] = d.toISOString()
    } else if (input.type === 'number' || input.type === 'money') {
      const n = Number(text)
      if (!Number.isFinite(n)) {
        return { ok: false, field: input.name, message: '请填写数字 / Enter a number' }
      }
      body[input.name] = n
    } else if (input.type === 'user' && /^\d+$/.test(text)) {
      // SQL databases number their ids. The server converts a numeric string only for actions
      // whose inputs are a fixed list, not for those computed from the case (complaint dispatch).
      body[input.name] = Number(text)
    } else {
      body[input.name] = text
    }
  }
  return { ok: true, body }
}

/** Whether a field path the server named (`equipment`, `entries.2.plate`) belongs to an input. */
export const namesInput = (path: string | undefined, name: string) =>
  Boolean(path) && (path === name || path!.startsWith(`${name}.`))
