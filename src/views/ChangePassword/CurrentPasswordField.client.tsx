'use client'

import type { TextFieldClientComponent } from 'payload'
import { PasswordField, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

/**
 * The `currentPassword` field of a staff account. Payload's form sends only the new password;
 * the server wants the current one too when people change their own password or email
 * (`protectAccounts`). Shown only then; on someone else's account, a new password is refused, and
 * the field says so instead.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const newPassword = useFormFields(([fields]) => fields.password?.value)
  const email = useFormFields(([fields]) => fields.email)
  const own =
    user !== null && user !== undefined && id !== undefined && String(user.id) === String(id)
  const changingPassword = typeof newPassword === 'string' && newPassword !== ''
  const changingEmail = email !== undefined && email.value !== email.initialValue

  if (!own) {
    if (!changingPassword || id === undefined) return null
    return (
      <p style={{ color: 'var(--theme-error-500)' }}>
        不能设置他人的密码：请本人在登录页点“忘记密码”，重置邮件会发到本人邮箱。 / Nobody sets
        another person’s password: they use “Forgot password” on the login page.
      </p>
    )
  }
  if (!changingPassword && !changingEmail) return null
  return (
    <PasswordField
      autoComplete="current-password"
      field={{ ...field, required: true }}
      path={path ?? field.name}
    />
  )
}
