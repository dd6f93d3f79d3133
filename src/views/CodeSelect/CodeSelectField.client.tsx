'use client'

import type { OptionObject, TextFieldClientComponent } from 'payload'
import { FieldLabel, SelectInput, useConfig, useField, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

/** One entry of a coded office list (`complaint-categories` and its kind), as the picker shows it. */
export type CodedEntry = { code: string; nameZh: string; nameEn?: string | null; retired?: boolean }

export type CodeSelectProps = {
  /** The collection the office keeps the list in, e.g. `complaint-categories`. */
  collection: string
  /** The list that stands in while the office has defined none (the server does the same). */
  defaults: CodedEntry[]
}

const optionLabel = (entry: CodedEntry, language: string) =>
  `${language === 'en' && entry.nameEn ? entry.nameEn : entry.nameZh}（${entry.code}）`

/**
 * A text field that stores a code from an office list, shown as a select of the list's entries in
 * force. A retired or unknown stored code stays visible (marked) so that an old record still reads
 * right; the server refuses new uses of it (`prepareComplaint`: 400 naming the field).
 */
export const CodeSelectField = (
  props: React.ComponentProps<TextFieldClientComponent> & CodeSelectProps,
) => {
  const { collection, defaults, field, path: pathFromProps, readOnly } = props
  const path = pathFromProps ?? field.name
  const { value, setValue, showError } = useField<string>({ path })
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [entries, setEntries] = useState<CodedEntry[] | null>(null)

  useEffect(() => {
    let cancelled = false
    const url = `${config.serverURL}${config.routes.api}/${collection}?limit=100&depth=0&sort=order&select[code]=true&select[nameZh]=true&select[nameEn]=true&select[retired]=true`
    fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: CodedEntry[] }) => {
        if (!cancelled) setEntries(body.docs && body.docs.length > 0 ? body.docs : defaults)
      })
      .catch(() => {
        if (!cancelled) setEntries(defaults)
      })
    return () => {
      cancelled = true
    }
  }, [collection, config.routes.api, config.serverURL, defaults])

  const language = i18n.language
  const list = entries ?? defaults
  const options: OptionObject[] = list
    .filter((entry) => !entry.retired || entry.code === value)
    .map((entry) => ({
      value: entry.code,
      label: entry.retired
        ? `${optionLabel(entry, language)} — 已停用 / retired`
        : optionLabel(entry, language),
    }))
  if (value && !options.some((option) => option.value === value)) {
    options.push({ value, label: `${value} — 未知编码 / unknown code` })
  }

  return (
    <div
      className="field-type select"
      id={`field-${path.replace(/\./g, '__')}`}
      style={{ flex: '1 1 auto' }}
    >
      <SelectInput
        Label={<FieldLabel label={field.label} path={path} required={field.required} />}
        name={field.name}
        onChange={(option) => {
          const picked = Array.isArray(option) ? option[0] : option
          setValue(picked && typeof picked === 'object' && 'value' in picked ? picked.value : null)
        }}
        options={options}
        path={path}
        readOnly={readOnly}
        required={field.required}
        showError={showError}
        value={value ?? ''}
      />
    </div>
  )
}
