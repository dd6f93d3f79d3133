'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { AvailableAction } from '@/domain/workflow'

import { InputField } from './InputField.client'
import type { FormValues } from './values'
import { bi, initialValues, namesInput, toBody } from './values'

export const buttonStyleOf = (tone: AvailableAction['tone']) =>
  tone === 'danger' ? 'error' : tone === 'primary' ? 'primary' : 'secondary'

/**
 * The small form of one action: its declared inputs, a submit button with the action's name and
 * a cancel. A required input left empty is named here; the server's refusal (`error`) marks the
 * input it names. Not an HTML `<form>`: the panel sits inside the document's own form.
 */
export const ActionForm: React.FC<{
  formId: string
  action: AvailableAction
  busy: boolean
  error?: { text: string; field?: string }
  onSubmit: (body: Record<string, unknown>) => void
  onCancel: () => void
}> = ({ formId, action, busy, error, onSubmit, onCancel }) => {
  const [values, setValues] = useState<FormValues>(() => initialValues(action.inputs))
  const [local, setLocal] = useState<{ field: string; message: string } | null>(null)

  const submit = () => {
    const result = toBody(action.inputs, values)
    if (!result.ok) {
      setLocal({ field: result.field, message: result.message })
      return
    }
    setLocal(null)
    onSubmit(result.body)
  }
  const errorFor = (name: string) =>
    local?.field === name
      ? local.message
      : error && namesInput(error.field, name)
        ? error.text
        : undefined

  return (
    <div className="workflow-form" data-testid={`action-form-${action.key}`}>
      <strong className="workflow-form__title">{bi(action.label)}</strong>
      {action.inputs.map((input) => (
        <InputField
          key={input.name}
          id={`${formId}-${input.name}`}
          input={input}
          value={values[input.name] ?? ''}
          error={errorFor(input.name)}
          onChange={(value) => {
            setValues((v) => ({ ...v, [input.name]: value }))
            if (local?.field === input.name) setLocal(null)
          }}
          onEnter={submit}
        />
      ))}
      <div className="workflow-form__buttons">
        <Button
          buttonStyle={buttonStyleOf(action.tone)}
          size="small"
          margin={false}
          disabled={busy}
          onClick={submit}
          extraButtonProps={{ 'data-submit': action.key }}
        >
          {bi(action.label)}
        </Button>
        <Button buttonStyle="subtle" size="small" margin={false} disabled={busy} onClick={onCancel}>
          取消 Cancel
        </Button>
      </div>
    </div>
  )
}
