/** Every collection slug, in one place: collections, hooks, endpoints and tests import from here. */
export const slugs = {
  users: 'users',
  units: 'units',
  residents: 'residents',
  attachments: 'attachments',
  auditLog: 'audit-log',
  counters: 'counters',
  complaints: 'complaints',
  incidents: 'incidents',
  returnVisits: 'return-visits',
  complaintReports: 'complaint-reports',
  workOrders: 'work-orders',
  priceList: 'price-list',
  approvalLog: 'approval-log',
  approvalChains: 'approval-chains',
  violations: 'violations',
  issuedNotices: 'issued-notices',
  archivedDocuments: 'archived-documents',
  documentDestructions: 'document-destructions',
  documentLoans: 'document-loans',
  documentAcknowledgements: 'document-acknowledgements',
  archiveInspections: 'archive-inspections',
  shiftLogs: 'shift-logs',
  throttles: 'throttles',
  followUps: 'follow-ups',
  shiftPosts: 'shift-posts',
  complaintCategories: 'complaint-categories',
  meetings: 'meetings',
  workerPasses: 'worker-passes',
  alertChannels: 'alert-channels',
  suggestions: 'suggestions',
  keys: 'keys',
} as const

export type AppSlug = (typeof slugs)[keyof typeof slugs]

export const globalSlugs = {
  officeSettings: 'office-settings',
  officeCalendar: 'office-calendar',
} as const
