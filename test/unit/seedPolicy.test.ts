import { seedDecision } from '../../seed/policy'
import { DEFAULT_SEED_PASSWORD } from '../../seed/seed'

const production = { NODE_ENV: 'production' }

describe('seedDecision', () => {
  it('should seed the demo estate outside production, with the demo password unless one is set', () => {
    expect(seedDecision({}, [])).toEqual({ ok: true, password: DEFAULT_SEED_PASSWORD })
    expect(seedDecision({ SEED_PASSWORD: 'mine-1234567' }, [])).toEqual({
      ok: true,
      password: 'mine-1234567',
    })
  })

  it('should refuse in production without --demo, pointing at create-admin', () => {
    const decision = seedDecision({ ...production, SEED_PASSWORD: 'x'.repeat(40) }, [])
    expect(decision.ok).toBe(false)
    expect(!decision.ok && decision.message).toMatch(/create-admin/)
  })

  it('should refuse --demo in production without a strong SEED_PASSWORD of its own', () => {
    for (const SEED_PASSWORD of [undefined, '', DEFAULT_SEED_PASSWORD, 'short-but-12']) {
      expect(seedDecision({ ...production, SEED_PASSWORD }, ['--demo']).ok).toBe(false)
    }
    expect(
      seedDecision({ ...production, SEED_PASSWORD: 'a-long-and-private-one' }, ['--demo']),
    ).toEqual({ ok: true, password: 'a-long-and-private-one' })
  })
})
