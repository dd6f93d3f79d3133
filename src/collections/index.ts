import { Attachments } from './Attachments'
import { AuditLog } from './AuditLog'
import { ComplaintReports } from './ComplaintReports'
import { Complaints } from './Complaints'
import { Counters } from './Counters'
import { Incidents } from './Incidents'
import { Residents } from './Residents'
import { ReturnVisits } from './ReturnVisits'
import { Units } from './Units'
import { Users } from './Users'
import { PriceList } from './PriceList'
import { ShiftLogs } from './ShiftLogs'
import { WorkOrders } from './WorkOrders'
import { Violations } from './Violations'
import { IssuedNotices } from './IssuedNotices'
import { ApprovalLog } from './ApprovalLog'
import { ApprovalChains } from './ApprovalChains'
import { ArchivedDocuments } from './ArchivedDocuments'
import { DocumentDestructions } from './DocumentDestructions'
import { DocumentLoans } from './DocumentLoans'
import { DocumentAcknowledgements } from './DocumentAcknowledgements'
import { ArchiveInspections } from './ArchiveInspections'
import { Throttles } from './Throttles'
import { FollowUps } from './FollowUps'
import { ShiftPosts } from './ShiftPosts'
import { ComplaintCategories } from './ComplaintCategories'
import { Meetings } from './Meetings'
import { WorkerPasses } from './WorkerPasses'
import { AlertChannels } from './AlertChannels'
import { Suggestions } from './Suggestions'
import { Keys } from './Keys'
import { Renovations } from './Renovations'
import { MonthFigures } from './MonthFigures'
import { SurveyTokens } from './SurveyTokens'
import { VisitPlans } from './VisitPlans'
import { ServiceRecords } from './ServiceRecords'
import { EventReports } from './EventReports'
import { closeGenericDoors } from '@/lib/security/closeGenericDoors'
import { withExportButton } from '@/views/ExportButton'

/** Every collection, each with Payload's generic doors closed (`closeGenericDoors`). */
export const collections = [
  Users,
  Units,
  Residents,
  Complaints,
  ReturnVisits,
  Incidents,
  ComplaintReports,
  WorkOrders,
  PriceList,
  Violations,
  IssuedNotices,
  ArchivedDocuments,
  DocumentLoans,
  DocumentDestructions,
  DocumentAcknowledgements,
  ArchiveInspections,
  ApprovalLog,
  ApprovalChains,
  ShiftLogs,
  FollowUps,
  Attachments,
  AuditLog,
  Counters,
  Throttles,
  ShiftPosts,
  ComplaintCategories,
  Meetings,
  WorkerPasses,
  AlertChannels,
  Suggestions,
  Keys,
  Renovations,
  MonthFigures,
  SurveyTokens,
  VisitPlans,
  ServiceRecords,
  EventReports,
]
  .map(closeGenericDoors)
  .map(withExportButton)
