'use client'

import React from 'react'

import type { ActionInput } from '@/domain/workflow'

import { Checklist } from './Checklist.client'
import type { ChecklistAnswer, InputValue } from './values'
import { bi } from './values'

type Props = {
  /** Unique in the page: the action's form id plus the input's name. */
  id: string
  input: ActionInput
  value: InputValue
  error?: string
  onChange: (value: InputValue) => void
  /** Enter in a one-line input takes the action (and never submits the document's own form). */
  onEnter?: () => void
}

/** One input an action declares, drawn by its type, with its label, help and the server's error. */
export const InputField: React.FC<Props> = ({ id, input, value, error, onChange, onEnter }) => {
  const text = typeof value === 'string' ? value : ''
  const common = {
    id,
    name: input.name,
    className: 'workflow-input__control',
    required: input.required,
    'aria-invalid': error ? true : undefined,
  }
  const change = (
    e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>,
  ) => onChange(e.target.value)
  const enter = (e: React.KeyboardEvent) => {
    if (e.key !== 'Enter') return
    e.preventDefault()
    onEnter?.()
  }

  const control = (() => {
    switch (input.type) {
      case 'textarea':
        return <textarea {...common} rows={3} value={text} onChange={change} />
      case 'select':
      case 'user':
        return (
          <select {...common} value={text} onChange={change}>
            <option value="">请选择 Choose…</option>
            {(input.options ?? []).map((o) => (
              <option key={o.value} value={o.value}>
                {bi(o.label)}
              </option>
            ))}
          </select>
        )
      case 'datetime':
        return (
          <input
            {...common}
            type="datetime-local"
            value={text}
            onChange={change}
            onKeyDown={enter}
          />
        )
      case 'number':
        return <input {...common} type="number" value={text} onChange={change} onKeyDown={enter} />
      case 'money':
        return (
          <input
            {...common}
            type="number"
            inputMode="decimal"
            step="0.01"
            min="0"
            value={text}
            onChange={change}
            onKeyDown={enter}
          />
        )
      case 'checklist':
        return (
          <Checklist
            id={id}
            input={input}
            value={Array.isArray(value) ? (value as ChecklistAnswer[]) : []}
            onChange={onChange}
          />
        )
      default:
        return <input {...common} type="text" value={text} onChange={change} onKeyDown={enter} />
    }
  })()

  return (
    <div className={`workflow-input${error ? ' workflow-input--error' : ''}`}>
      <label
        className="workflow-input__label"
        htmlFor={input.type === 'checklist' ? undefined : id}
      >
        {bi(input.label)}
        {input.required && <span className="workflow-input__required"> *</span>}
      </label>
      {control}
      {input.help && <p className="workflow-input__help">{bi(input.help)}</p>}
      {error && (
        <p className="workflow-input__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
