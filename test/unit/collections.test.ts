import { collections } from '@/collections'

describe('every collection states its access', () => {
  it.each(collections.map((c) => [c.slug, c] as const))(
    '%s defines read, create, update and delete',
    (_slug, collection) => {
      for (const operation of ['read', 'create', 'update', 'delete'] as const) {
        expect(typeof collection.access?.[operation]).toBe('function')
      }
    },
  )

  it.each(collections.map((c) => [c.slug, c] as const))(
    '%s has bilingual labels',
    (_slug, collection) => {
      expect(collection.labels?.singular).toEqual({
        zh: expect.any(String),
        en: expect.any(String),
      })
      expect(collection.labels?.plural).toEqual({ zh: expect.any(String), en: expect.any(String) })
    },
  )
})
