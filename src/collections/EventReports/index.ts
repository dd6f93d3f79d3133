import type { CollectionConfig } from 'payload'

import { canDeleteRecords } from '@/access/canDeleteRecords'
import { denyAll } from '@/access/denyAll'
import { canReadEventReports, canWriteEventReports } from '@/access/serviceRecords'
import { printEventReport } from '@/endpoints/eventReports/printEventReport'
import { serverSet } from '@/fields/serverOnly'
import { signOff } from '@/fields/signOff'
import { auditHooks } from '@/hooks/audit'
import { prepareEventReport } from '@/hooks/eventReports/prepareEventReport'
import { sendEventReport } from '@/hooks/eventReports/sendEventReport'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { label } from '@/i18n/label'
import { slugs } from '@/slugs'

const serverFields: ServerFields = {}

/**
 * 特别事件回访报告: after a special event's return visits (arranged by the office head), the office
 * head's written report to the company — findings, the visits it covers, who wrote it and when.
 * Saving it sends it (mail with the PDF, as a job); a report sent is not edited: write another.
 */
export const EventReports: CollectionConfig = {
  slug: slugs.eventReports,
  labels: {
    singular: label('特别事件回访报告', 'Special-event visit report'),
    plural: label('特别事件回访报告', 'Special-event visit reports'),
  },
  admin: {
    useAsTitle: 'event',
    defaultColumns: ['event', 'eventDate', 'writtenBy', 'writtenAt', 'sentTo'],
    group: label('投诉与回访', 'Complaints'),
  },
  endpoints: [printEventReport],
  access: {
    read: canReadEventReports,
    create: canWriteEventReports,
    update: denyAll,
    delete: canDeleteRecords,
  },
  hooks: {
    beforeOperation: [protectServerFields(serverFields)],
    beforeChange: [recheckServerFields(serverFields), prepareEventReport],
    afterChange: [sendEventReport, ...auditHooks.afterChange],
    afterDelete: [...auditHooks.afterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'event',
          type: 'text',
          required: true,
          maxLength: 200,
          label: label('特别事件', 'Special event'),
        },
        { name: 'eventDate', type: 'date', label: label('事件日期', 'Event date') },
      ],
    },
    {
      name: 'visits',
      type: 'relationship',
      relationTo: slugs.returnVisits,
      hasMany: true,
      required: true,
      label: label('涵盖的回访', 'Visits covered'),
      filterOptions: { kind: { equals: 'event' } },
    },
    {
      name: 'findings',
      type: 'textarea',
      required: true,
      maxLength: 10000,
      label: label('回访发现', 'Findings'),
    },
    {
      name: 'measures',
      type: 'textarea',
      maxLength: 10000,
      label: label('改进措施与建议', 'Measures and recommendations'),
    },
    {
      type: 'row',
      fields: [
        ...signOff('written', label('报告', 'Written')),
        serverSet({
          name: 'sentTo',
          type: 'text',
          maxLength: 500,
          label: label('报送公司', 'Sent to the company'),
        }),
      ],
    },
  ],
}
