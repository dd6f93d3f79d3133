'use client'

import React from 'react'

import type { ActionInput } from '@/domain/workflow'

import type { ChecklistAnswer } from './values'
import { bi } from './values'

/**
 * A checklist input: every item answered ok / not ok (a note for what is wrong). The server
 * refuses a list with an item left out, so every item starts answered ok.
 */
export const Checklist: React.FC<{
  id: string
  input: ActionInput
  value: ChecklistAnswer[]
  onChange: (value: ChecklistAnswer[]) => void
}> = ({ id, input, value, onChange }) => {
  const set = (item: string, patch: Partial<ChecklistAnswer>) =>
    onChange(value.map((a) => (a.item === item ? { ...a, ...patch } : a)))
  return (
    <ul className="workflow-checklist" id={id} data-input={input.name}>
      {(input.options ?? []).map((option) => {
        const answer = value.find((a) => a.item === option.value) ?? {
          item: option.value,
          ok: true,
        }
        const name = `${id}-${option.value}`
        return (
          <li key={option.value} className="workflow-checklist__item">
            <span className="workflow-checklist__label">{bi(option.label)}</span>
            <label className="workflow-checklist__choice">
              <input
                type="radio"
                name={name}
                checked={answer.ok}
                onChange={() => set(option.value, { ok: true })}
              />
              正常 OK
            </label>
            <label className="workflow-checklist__choice workflow-checklist__choice--bad">
              <input
                type="radio"
                name={name}
                checked={!answer.ok}
                onChange={() => set(option.value, { ok: false })}
              />
              异常 Not OK
            </label>
            {!answer.ok && (
              <input
                className="workflow-checklist__note"
                aria-label={`${bi(option.label)} 说明 Note`}
                placeholder="说明 What is wrong"
                value={answer.note ?? ''}
                onChange={(e) => set(option.value, { note: e.target.value })}
              />
            )}
          </li>
        )
      })}
    </ul>
  )
}
