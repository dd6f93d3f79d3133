'use client'

import { useConfig } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import type { BeforeListTableClientProps } from 'payload'
import React from 'react'

/**
 * The list's query as the export takes it: its filters, sort and columns (those the list shows:
 * the URL's when the user chose some, else the collection's default columns); the page and its
 * size do not apply.
 */
const exportQuery = (params: URLSearchParams, defaultColumns: readonly string[] | undefined) => {
  const query = new URLSearchParams(params)
  for (const key of ['page', 'limit', 'preset']) query.delete(key)
  if (!query.get('columns') && defaultColumns?.length) {
    query.set('columns', JSON.stringify(defaultColumns))
  }
  query.set('depth', '0')
  return query.toString()
}

/**
 * 导出 Excel above every admin list: downloads `/api/export/<collection>.xlsx` with the list's
 * current filters, sort and columns (the server decides which rows and columns this user may have).
 */
export const ExportButton: React.FC<BeforeListTableClientProps> = ({ collectionSlug }) => {
  const { config } = useConfig()
  const params = useSearchParams()
  const defaultColumns = config.collections.find((c) => c.slug === collectionSlug)?.admin
    ?.defaultColumns
  const query = exportQuery(new URLSearchParams(params?.toString() ?? ''), defaultColumns)
  const href = `${config.serverURL ?? ''}${config.routes.api}/export/${collectionSlug}.xlsx?${query}`
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: '0.75rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={href} download>
        导出 Excel
      </a>
    </div>
  )
}
