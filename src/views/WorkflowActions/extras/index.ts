import type React from 'react'

import { ComplaintLinks } from './ComplaintLinks.client'
import { ViolationNotices } from './ViolationNotices.client'
import { WorkOrderLinks } from './WorkOrderLinks.client'

/** What a case's panel shows besides its actions (print links, notices), by collection. */
export type ExtrasProps = { id: string | number; doc: Record<string, unknown> }

const EXTRAS: Record<string, React.FC<ExtrasProps>> = {
  complaints: ComplaintLinks,
  'work-orders': WorkOrderLinks,
  violations: ViolationNotices,
}

export const extrasFor = (collection: string): React.FC<ExtrasProps> | undefined =>
  EXTRAS[collection]
