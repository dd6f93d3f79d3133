'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import { useApiBase } from '../WorkflowActions/api.client'

type Kind = { kind: string; label: string; headers: string[] }
type Problem = { row: number; column: string; reason: string }
type PlanRow = { row: number; key: string; action: string; changed: string[] }
type Answer = {
  dryRun: boolean
  format: string
  rows: number
  counts: Record<'create' | 'update' | 'unchanged' | 'invalid', number>
  problems: Problem[]
  plan: PlanRow[]
}
type ErrorBody = { errors?: Array<{ message?: string; data?: { problems?: Problem[] } | null }> }

const ACTIONS: Record<string, string> = {
  create: '新建',
  update: '更新',
  unchanged: '不变',
  invalid: '有问题',
}

/** Upload, dry run as a table, confirm: the client half of the 导入 view. */
export const ImportPanel: React.FC<{ kinds: Kind[]; maxRows: number }> = ({ kinds, maxRows }) => {
  const api = useApiBase()
  const [kind, setKind] = useState(kinds[0].kind)
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<{ message: string; problems: Problem[] } | null>(null)
  const [dry, setDry] = useState<Answer | null>(null)
  const [done, setDone] = useState<Answer | null>(null)
  const current = kinds.find((k) => k.kind === kind) ?? kinds[0]

  const send = async (dryRun: boolean) => {
    if (!file) return
    setBusy(true)
    setError(null)
    setDone(null)
    if (dryRun) setDry(null)
    const form = new FormData()
    form.append('file', file)
    try {
      const res = await fetch(`${api}/import/${kind}${dryRun ? '?dryRun=true' : ''}`, {
        method: 'POST',
        credentials: 'include',
        body: form,
      })
      const json = (await res.json().catch(() => null)) as (Answer & ErrorBody) | null
      if (!res.ok) {
        const first = json?.errors?.[0]
        setError({
          message: first?.message ?? `HTTP ${res.status}`,
          problems: first?.data?.problems ?? [],
        })
      } else if (dryRun) setDry(json)
      else {
        setDone(json)
        setDry(null)
      }
    } catch {
      setError({ message: '网络错误，请重试 / Network error, try again', problems: [] })
    }
    setBusy(false)
  }

  const problemsOf = (row: number) => dry?.problems.filter((p) => p.row === row) ?? []

  return (
    <div className="import-panel" style={{ display: 'grid', gap: '1rem', maxWidth: 1100 }}>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <label>
          类别 Kind{' '}
          <select
            name="kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value)
              setDry(null)
              setDone(null)
              setError(null)
            }}
          >
            {kinds.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <a
          className="btn btn--style-secondary btn--size-small"
          href={`${api}/import/${kind}/template.xlsx`}
          download
        >
          下载模板 Template
        </a>
      </div>
      <p style={{ margin: 0, opacity: 0.8 }}>
        列：{current.headers.join('、')}（* 必填）。.xlsx 或 .csv（UTF-8 / GB18030），最多 {maxRows}{' '}
        行。先试导入，确认无误后再导入；有任何问题时不会写入任何数据。
      </p>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <input
          type="file"
          name="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            setDry(null)
            setDone(null)
            setError(null)
          }}
        />
        <Button disabled={!file || busy} onClick={() => void send(true)}>
          试导入 Dry run
        </Button>
        {dry && dry.problems.length === 0 && (
          <Button disabled={busy} buttonStyle="primary" onClick={() => void send(false)}>
            确认导入 Confirm ({dry.counts.create} 新建, {dry.counts.update} 更新)
          </Button>
        )}
      </div>
      {error && (
        <div
          role="alert"
          className="import-panel__error"
          style={{ color: 'var(--theme-error-500)' }}
        >
          <p>{error.message}</p>
          {error.problems.length > 0 && (
            <ul>
              {error.problems.map((p, i) => (
                <li key={i}>
                  第 {p.row} 行「{p.column}」：{p.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {done && (
        <p role="status" className="import-panel__done">
          已导入 Imported：新建 {done.counts.create}，更新 {done.counts.update}，不变{' '}
          {done.counts.unchanged}。
        </p>
      )}
      {dry && (
        <div className="import-panel__dry-run">
          <p role="status">
            试导入 Dry run（{dry.format}，{dry.rows} 行）：新建 {dry.counts.create}，更新{' '}
            {dry.counts.update}，不变 {dry.counts.unchanged}，有问题 {dry.counts.invalid}
            {dry.problems.length > 0
              ? ' — 请修改表格后重新试导入 / Fix the sheet and try again'
              : ''}
          </p>
          <table className="table" style={{ width: '100%' }}>
            <thead>
              <tr>
                <th>行 Row</th>
                <th>记录 Record</th>
                <th>操作 Action</th>
                <th>字段 / 问题 Fields / problems</th>
              </tr>
            </thead>
            <tbody>
              {dry.plan.map((r) => (
                <tr key={r.row} data-action={r.action}>
                  <td>{r.row}</td>
                  <td>{r.key}</td>
                  <td>{ACTIONS[r.action] ?? r.action}</td>
                  <td>
                    {r.action === 'invalid'
                      ? problemsOf(r.row).map((p, i) => (
                          <div key={i} style={{ color: 'var(--theme-error-500)' }}>
                            {p.column}：{p.reason}
                          </div>
                        ))
                      : r.changed.join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
