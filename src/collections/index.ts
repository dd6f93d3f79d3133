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

export const collections = [
  Users,
  Units,
  Residents,
  Complaints,
  ReturnVisits,
  Incidents,
  ComplaintReports,
  Attachments,
  AuditLog,
  Counters,
]
