import type { GlobalConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { isStaff } from '@/access/isStaff'
import { canSetServiceVisitRate } from '@/access/serviceRecords'
import {
  DEFAULT_SERVICE_VISIT_RATE,
  serviceVisitRateProblem,
} from '@/domain/returnVisits/serviceSampling'
import { recordGlobalChange } from '@/hooks/audit/recordGlobalChange'
import { label } from '@/i18n/label'
import { globalSlugs } from '@/slugs'

/**
 * 其他服务回访抽样率: the share of completed other services that get a return visit within a week
 * (DOMAIN.md → Return visits). Its own global because the site manager sets it, and the office
 * settings are the director's and property manager's; every change is in the audit log.
 */
export const ServiceVisitSettings: GlobalConfig = {
  slug: globalSlugs.serviceVisitSettings,
  label: label('其他服务回访抽样', 'Visits after other services'),
  admin: { group: label('投诉与回访', 'Complaints') },
  access: {
    read: isStaff,
    update: canSetServiceVisitRate,
    readVersions: denyAll,
  },
  hooks: { afterChange: [recordGlobalChange] },
  fields: [
    {
      name: 'rate',
      type: 'number',
      required: true,
      defaultValue: DEFAULT_SERVICE_VISIT_RATE,
      min: 0,
      max: 100,
      label: label('回访抽样率 (%)', 'Visit sample (%)'),
      admin: {
        description: label(
          '完成的其他服务中按此比例依次抽取（系统抽样），一周内回访；由现场经理设定',
          'This share of completed services, taken in turn (systematic sample), is visited within a week; set by the site manager',
        ),
      },
      validate: (value: number | null | undefined) => serviceVisitRateProblem(value) ?? true,
    },
  ],
}
