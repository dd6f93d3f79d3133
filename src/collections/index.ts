import { Attachments } from './Attachments'
import { AuditLog } from './AuditLog'
import { Residents } from './Residents'
import { Units } from './Units'
import { Users } from './Users'

export const collections = [Users, Units, Residents, Attachments, AuditLog]
