'use client'

import { useConfig } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import type { BeforeListTableClientProps } from 'payload'
import React from 'react'

/** The list's query as the export takes it: its filters and sort; the page and its size do not apply. */
const exportQuery = (params: URLSearchParams) => {
  const query = new URLSearchParams(params)
  for (const key of ['page', 'limit', 'columns', 'preset']) query.delete(key)
  query.set('depth', '0')
  return query.toString()
}

/**
 * 导出 Excel above every admin list: downloads `/api/export/<collection>.xlsx` with the list's
 * current filters and sort (the server decides which rows and columns this user may have).
 */
export const ExportButton: React.FC<BeforeListTableClientProps> = ({ collectionSlug }) => {
  const { config } = useConfig()
  const params = useSearchParams()
  const href = `${config.serverURL ?? ''}${config.routes.api}/export/${collectionSlug}.xlsx?${exportQuery(new URLSearchParams(params?.toString() ?? ''))}`
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: '0.75rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={href} download>
        导出 Excel
      </a>
    </div>
  )
}
