import type { CollectionBeforeValidateHook } from 'payload'

import type { Resident } from '@/payload-types'
import { invalidField } from '@/lib/errors'
import { slugs } from '@/slugs'

/** beforeValidate: a commercial tenant (商户) is a company: its name is part of the archive. */
export const requireCompanyForCommercialTenant: CollectionBeforeValidateHook<Resident> = ({
  data,
  originalDoc,
}) => {
  const kind = data?.kind ?? originalDoc?.kind
  const companyName = data && 'companyName' in data ? data.companyName : originalDoc?.companyName
  if (kind === 'commercial-tenant' && !String(companyName ?? '').trim()) {
    throw invalidField(
      slugs.residents,
      'companyName',
      '商户须填写公司名称 / A commercial tenant needs a company name',
    )
  }
  return data
}
