import type { Access, AccessArgs, PayloadRequest } from 'payload'

import { withinRead } from '@/access/withinRead'
import { collections } from '@/collections'
import { limitClientReads } from '@/hooks/shared/limitClientReads'
import { refuseBeforeLookup } from '@/hooks/shared/refuseBeforeLookup'
import { requirePasswordChange } from '@/hooks/shared/requirePasswordChange'

const args = { req: {} as PayloadRequest } as AccessArgs
const constant =
  (result: Awaited<ReturnType<Access>>): Access =>
  () =>
    result

describe('withinRead: what one may change, one may also see', () => {
  it('should refuse a write the user may not make, or make on nothing readable', async () => {
    expect(await withinRead(constant(true), constant(false))(args)).toBe(false)
    expect(await withinRead(constant(false), constant(true))(args)).toBe(false)
  })

  it('should narrow a write to the rows the user may read', async () => {
    const mine = { owner: { equals: 7 } }
    const effective = { status: { equals: 'effective' } }
    expect(await withinRead(constant(true), constant(true))(args)).toBe(true)
    expect(await withinRead(constant(effective), constant(true))(args)).toEqual(effective)
    expect(await withinRead(constant(true), constant(mine))(args)).toEqual(mine)
    expect(await withinRead(constant(effective), constant(mine))(args)).toEqual({
      and: [mine, effective],
    })
  })
})

describe('every collection has Payload’s generic doors closed', () => {
  it.each(collections.map((c) => [c.slug, c] as const))(
    '%s: no bulk writes, no duplicate, and clients judged before any hook reads',
    (_slug, collection) => {
      expect(collection.disableBulkEdit).toBe(true)
      expect(collection.disableBulkDelete).toBe(true)
      expect(collection.disableDuplicate).toBe(true)
      // None of the three reads the database.
      expect(collection.hooks?.beforeOperation?.slice(0, 3)).toEqual([
        requirePasswordChange,
        limitClientReads,
        refuseBeforeLookup,
      ])
    },
  )
})
