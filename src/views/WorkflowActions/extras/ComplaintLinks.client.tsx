'use client'

import React from 'react'

import { useApiBase } from '../api.client'
import type { ExtrasProps } from './index'

/** The complaint's print-outs: the handling slip, and the written reply once there is one. */
export const ComplaintLinks: React.FC<ExtrasProps> = ({ id, doc }) => {
  const api = useApiBase()
  return (
    <p className="workflow-extras">
      <a href={`${api}/complaints/${id}/slip.pdf`} target="_blank" rel="noreferrer">
        打印投诉处理单 Print slip
      </a>
      {Boolean(doc.writtenReply) && (
        <a href={`${api}/complaints/${id}/reply.pdf`} target="_blank" rel="noreferrer">
          打印书面回复 Print reply
        </a>
      )}
    </p>
  )
}
