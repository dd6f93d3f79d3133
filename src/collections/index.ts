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
  ShiftLogs,
  Attachments,
  AuditLog,
  Counters,
]
