/**
 * `npm run create-admin -- <email> [name]`: the first administrator of a production database
 * (first registration is closed there), or another one. Prints a one-time password to change at
 * first sign-in. Run after `npm run migrate`, with the production environment.
 */
import { CreateAdminError, createAdmin } from './createAdmin'

const [email, ...nameParts] = process.argv.slice(2).filter((arg) => arg !== '--')
if (!email) {
  process.stderr.write('Usage: npm run create-admin -- <email> [name]\n')
  process.exit(2)
}

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { closePayload } = await import('../src/lib/closePayload')

const payload = await getPayload({ config })
let code = 0
try {
  const admin = await createAdmin(payload, { email, name: nameParts.join(' ') || undefined })
  console.log(
    [
      `Administrator ${admin.email} created (id ${admin.id}).`,
      `One-time password: ${admin.password}`,
      'Sign in at /admin and change it on your account page: until then the account can do nothing else. It is shown only here.',
      `管理员 ${admin.email} 已创建。一次性密码如上，请登录后在“我的账户”修改；修改前此账户不能做其他事。此密码不会再次显示。`,
    ].join('\n'),
  )
} catch (error) {
  if (!(error instanceof CreateAdminError)) throw error
  process.stderr.write(`${error.message}\n`)
  code = 1
} finally {
  await closePayload(payload)
}
process.exit(code)
