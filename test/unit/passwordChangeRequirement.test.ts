import type { PayloadRequest } from 'payload'

import { clearPasswordChangeRequirement } from '@/hooks/users/clearPasswordChangeRequirement'

type Args = Parameters<typeof clearPasswordChangeRequirement>[0]
const run = (
  operation: 'create' | 'update',
  data: Record<string, unknown>,
  body: Record<string, unknown> = {},
) =>
  clearPasswordChangeRequirement({
    data,
    operation,
    req: { data: body } as unknown as PayloadRequest,
  } as Args)

describe('the one-time password’s requirement', () => {
  it('should survive the creation of the account, whose first password is the one-time one', () => {
    expect(
      run('create', { password: 'one-time-password-xyz', mustChangePassword: true }),
    ).toMatchObject({
      mustChangePassword: true,
    })
  })

  it('should be cleared by one’s own new password and by the reset mail’s token', () => {
    expect(
      run('update', { password: 'my-own-password-2026', mustChangePassword: true }),
    ).toMatchObject({
      mustChangePassword: false,
    })
    // Payload's reset-password passes the stored user; the new password is only in the body.
    expect(
      run(
        'update',
        { id: 1, mustChangePassword: true },
        { token: 'abc', password: 'my-own-password-2026' },
      ),
    ).toMatchObject({ mustChangePassword: false })
  })

  it('should stay while no new password is set', () => {
    expect(run('update', { name: '改名', mustChangePassword: true })).toMatchObject({
      mustChangePassword: true,
    })
  })
})
