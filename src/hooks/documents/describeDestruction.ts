import type { CollectionBeforeChangeHook } from 'payload'

import type { DocumentDestruction } from '@/payload-types'
import { forbidden, invalidField } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { slugs } from '@/slugs'

/**
 * beforeChange: a destruction record names what it destroys — number, title and version copied
 * from the document, so the record says so after the file is gone. Approved records are final.
 */
export const describeDestruction: CollectionBeforeChangeHook<DocumentDestruction> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (req.context?.serverWrite === true) return data
  if (originalDoc?.status === 'approved') {
    throw forbidden('已批准的销毁记录不可修改 / An approved destruction record is final')
  }
  const documentId = relationId(data.document ?? originalDoc?.document)
  const target = documentId
    ? await req.payload
        .findByID({ collection: slugs.archivedDocuments, id: documentId, depth: 0, req })
        .catch(() => null)
    : null
  if (!target)
    throw invalidField(slugs.documentDestructions, 'document', '请选择文件 / Choose the document')
  if (target.status === 'destroyed') {
    throw invalidField(
      slugs.documentDestructions,
      'document',
      '该文件已销毁 / This document is already destroyed',
    )
  }
  data.documentNumber = target.number
  data.title = target.title
  data.versionLabel = target.effectiveVersion ?? target.versionLabel
  return data
}
