'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import {
  ENTRY_KINDS,
  OWNER_CONFIRM_METHODS,
  VEHICLE_CLASSES,
  VISITOR_CLASSES,
} from '@/domain/shiftLogs/entries'
import type { AvailableAction } from '@/domain/workflow'

import type { WorkflowActionsState } from '../WorkflowActions/useWorkflowActions.client'
import { bi } from '../WorkflowActions/values'

/** Which extra fields each kind of entry asks for (the front desk's registers). */
const NEEDS = {
  name: ['visitor', 'mail', 'key', 'pass'],
  plate: ['vehicle'],
  pass: ['pass'],
  goods: ['goods-release'],
} as const
const needs = (what: keyof typeof NEEDS, kind: string) =>
  (NEEDS[what] as readonly string[]).includes(kind)

type Values = Record<string, string>

/** A class select's options: a prompt first (no class chosen: the server says it is needed). */
const classOptions = (prompt: string, classes: Record<string, { zh: string; en: string }>) => [
  { value: '', label: prompt },
  ...Object.entries(classes).map(([value, l]) => ({ value, label: bi(l) })),
]

/**
 * The fast entry form of a log: the `add-entry` action with the registers' own fields (plate,
 * visitor, pass, goods release). It posts through the log's actions hook without `updatedAt`:
 * entries are appended, so two people writing at once are both kept.
 */
export const EntryForm: React.FC<{
  logId: number
  action: AvailableAction
  state: WorkflowActionsState
}> = ({ logId, action, state }) => {
  const [values, setValues] = useState<Values>({ kind: 'event', priority: 'normal' })
  const [released, setReleased] = useState(false)
  const kind = values.kind
  const kinds =
    action.inputs.find((i) => i.name === 'kind')?.options ??
    Object.entries(ENTRY_KINDS).map(([value, label]) => ({ value, label }))
  const error = state.message?.tone === 'error' && state.message.action === action.key
  const errorField = error ? state.message?.field?.split('.').at(-1) : undefined

  const field = (name: string, placeholder: string, type = 'text') => (
    <input
      id={`entry-${logId}-${name}`}
      className={`shift-entry-form__input${errorField === name ? ' shift-entry-form__input--error' : ''}`}
      type={type}
      name={name}
      aria-label={placeholder}
      placeholder={placeholder}
      value={values[name] ?? ''}
      onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault()
          void add()
        }
      }}
    />
  )
  const select = (name: string, options: Array<{ value: string; label: string }>) => (
    <select
      className={`shift-entry-form__input${errorField === name ? ' shift-entry-form__input--error' : ''}`}
      name={name}
      value={values[name] ?? ''}
      onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  )

  const add = async () => {
    const body: Record<string, unknown> = Object.fromEntries(
      Object.entries(values)
        .map(([k, v]) => [k, v.trim()])
        .filter(([, v]) => v !== ''),
    )
    if (needs('goods', kind)) body.released = released
    if (await state.run(action.key, body, { guard: false })) {
      setValues({ kind, priority: 'normal' })
      setReleased(false)
    }
  }

  return (
    <div className="shift-entry-form" data-testid="entry-form">
      {select(
        'kind',
        kinds.map((k) => ({ value: k.value, label: bi(k.label) })),
      )}
      {select('priority', [
        { value: 'normal', label: '一般 Normal' },
        { value: 'high', label: '重要 High' },
      ])}
      <div className="shift-entry-form__wide">{field('text', '内容 What happened')}</div>
      {needs('name', kind) && field('name', '姓名 Name')}
      {kind === 'visitor' &&
        select('visitorClass', classOptions('访客类别 Class…', VISITOR_CLASSES))}
      {needs('plate', kind) && field('plate', '车牌号 Plate')}
      {kind === 'vehicle' &&
        select('vehicleClass', classOptions('车辆类别 Class…', VEHICLE_CLASSES))}
      {needs('pass', kind) && (
        <>
          {field('company', '施工单位 Company')}
          {field('validUntil', '有效期至 Valid until', 'date')}
        </>
      )}
      {needs('goods', kind) && (
        <>
          {field('items', '放行物品 Goods')}
          {field('carrier', '搬运人 Carrier')}
          {field('ownerConfirmedBy', '业主确认人 Confirmed by')}
          {select('ownerConfirmMethod', [
            { value: '', label: '确认方式 How confirmed…' },
            ...Object.entries(OWNER_CONFIRM_METHODS).map(([value, l]) => ({
              value,
              label: bi(l),
            })),
          ])}
          <label className="shift-entry-form__check">
            <input
              type="checkbox"
              name="released"
              checked={released}
              onChange={(e) => setReleased(e.target.checked)}
            />
            已放行 Released
          </label>
        </>
      )}
      <div className="shift-entry-form__submit">
        <Button
          size="small"
          margin={false}
          disabled={state.busy !== null}
          onClick={() => void add()}
        >
          {bi(action.label)}
        </Button>
      </div>
    </div>
  )
}
