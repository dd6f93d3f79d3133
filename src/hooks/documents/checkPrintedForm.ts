import type { CollectionBeforeChangeHook } from 'payload'

import { isFormKey, printedFormProblem } from '@/domain/forms'
import type { ArchivedDocument } from '@/payload-types'
import { invalidField } from '@/lib/errors'
import { formEntries } from '@/lib/printing/letterhead'
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
  if (!isFormKey(printedForm)) {
    throw invalidField(slugs.archivedDocuments, 'printedForm', '未知的表单 / Unknown form')
  }
  if (printedForm === originalDoc?.printedForm && kind === originalDoc?.kind) return data
  // The other entries of the form, as printing reads them.
  const others = (await formEntries(req, printedForm)).filter((e) => e.id !== originalDoc?.id)
  const problem = printedFormProblem({ kind, printedForm }, others)
  if (problem) throw invalidField(slugs.archivedDocuments, 'printedForm', problem)
  return data
}
