import type { Endpoint } from 'payload'

import { forbidden } from '@/lib/errors'

/**
 * `POST /api/users/first-register`, in production: refused, whatever the database holds. On an
 * empty production database Payload's own endpoint would let anyone who reaches the site first
 * become administrator; the first one is made on the server with `npm run create-admin`.
 * Registered before Payload's endpoint of the same path, which it therefore replaces.
 */
export const refuseFirstRegister: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: () => {
    throw forbidden(
      '生产环境不开放首个账号注册，请在服务器上运行 npm run create-admin -- <邮箱> / First registration is closed in production: run `npm run create-admin -- <email>` on the server',
    )
  },
}
