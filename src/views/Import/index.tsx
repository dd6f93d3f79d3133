import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRole } from '@/access/hasRole'
import { IMPORT_COLUMNS, IMPORT_KIND_LABELS, IMPORT_KINDS, MAX_IMPORT_ROWS } from '@/domain/import'
import { MANAGER_ROLES } from '@/domain/roles'

import { ImportPanel } from './ImportPanel.client'

/**
 * 导入 (`/admin/import`): choose the kind, download its template, upload a sheet, read the dry
 * run as a table (each row's action and problems), and confirm. The server decides everything:
 * `POST /api/import/<kind>?dryRun=true`, then the same file without `dryRun`.
 */
export async function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user
  const allowed = hasRole(user, ...MANAGER_ROLES, 'admin')
  const kinds = IMPORT_KINDS.map((kind) => ({
    kind,
    label: IMPORT_KIND_LABELS[kind],
    headers: IMPORT_COLUMNS[kind].map((c) => (c.required ? `${c.header}*` : c.header)),
  }))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={user || undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1>导入 · Import</h1>
        {!user ? (
          <p>请先登录 / Sign in first</p>
        ) : !allowed ? (
          <p>只有经理和系统管理员可以导入 / Only managers and the administrator may import.</p>
        ) : (
          <ImportPanel kinds={kinds} maxRows={MAX_IMPORT_ROWS} />
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
