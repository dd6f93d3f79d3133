'use client'

import React from 'react'

import { useApiBase } from '../api.client'
import type { ExtrasProps } from './index'

/** The work order's print-out: the repair form (维修工作单). */
export const WorkOrderLinks: React.FC<ExtrasProps> = ({ id }) => {
  const api = useApiBase()
  return (
    <p className="workflow-extras">
      <a href={`${api}/work-orders/${id}/form.pdf`} target="_blank" rel="noreferrer">
        打印维修工作单 Print the form
      </a>
    </p>
  )
}
