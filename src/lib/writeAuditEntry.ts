import type { PayloadRequest } from 'payload'

import { clientAddressOf } from '@/lib/security/clientAddress'
import { slugs } from '@/slugs'

export type AuditAction = 'create' | 'update' | 'delete' | 'login' | 'login-failed' | 'login-locked'

type AuditEntry = {
  action: AuditAction
  collectionSlug: string
  docId?: string | number
  changedFields?: string[]
  /** Old and new values, for records whose history is not kept elsewhere (office settings). */
  changes?: Record<string, { from: unknown; to: unknown }>
  userEmail?: string
  req: PayloadRequest
}

/**
 * Appends one entry to the audit log. It writes through the adapter with `req`, so the entry is
 * part of the same transaction as the change it records (a rolled-back change leaves no entry),
 * and it skips the Local API's hooks and re-read: the log is written only here.
 */
export const writeAuditEntry = async ({
  action,
  collectionSlug,
  docId,
  changedFields,
  changes,
  userEmail,
  req,
}: AuditEntry): Promise<void> => {
  const now = new Date().toISOString()
  const user = req.user
  await req.payload.db.create({
    collection: slugs.auditLog,
    data: {
      action,
      collectionSlug,
      docId: docId === undefined ? undefined : String(docId),
      user: user?.collection === slugs.users ? user.id : undefined,
      userEmail: userEmail ?? (user as { email?: string } | null)?.email,
      changedFields: changedFields ?? [],
      changes,
      ip: clientAddressOf(req),
      // 导入: a record written by a spreadsheet import (src/endpoints/import).
      source: req.context?.importSource ?? undefined,
      createdAt: now,
      updatedAt: now,
    },
    req,
    returning: false,
  })
}
