import type { CollectionBeforeChangeHook } from 'payload'

import { printedFormProblem } from '@/domain/forms'
import type { ArchivedDocument } from '@/payload-types'
import { invalidField } from '@/lib/errors'
import { slugs } from '@/slugs'

/**
 * beforeChange: a document linked to a printed form is a form, and the only live entry for it
 * (400 naming `printedForm` otherwise). Checked when the link is set or changed.
 */
export const checkPrintedForm: CollectionBeforeChangeHook<ArchivedDocument> = async ({
  data,
  originalDoc,
  req,
}) => {
  const printedForm = 'printedForm' in data ? data.printedForm : originalDoc?.printedForm
  const kind = data.kind ?? originalDoc?.kind
  if (!printedForm) return data
  if (printedForm === originalDoc?.printedForm && kind === originalDoc?.kind) return data
  const others = await req.payload.find({
    collection: slugs.archivedDocuments,
    where: {
      and: [
        { printedForm: { equals: printedForm } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    select: { number: true, status: true },
    depth: 0,
    limit: 20,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const problem = printedFormProblem({ kind, printedForm }, others.docs)
  if (problem) throw invalidField(slugs.archivedDocuments, 'printedForm', problem)
  return data
}
