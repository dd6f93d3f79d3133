import type { Field } from 'payload'

import { collections } from '@/collections'

/** Every named field, with the path to it, walking rows, tabs, groups and arrays. */
const namedFields = (fields: Field[], prefix = ''): Array<[string, Field]> =>
  fields.flatMap((field): Array<[string, Field]> => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        namedFields(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
      )
    }
    const own: Array<[string, Field]> = 'name' in field ? [[`${prefix}${field.name}`, field]] : []
    const nested =
      'fields' in field && Array.isArray(field.fields)
        ? namedFields(field.fields, 'name' in field ? `${prefix}${field.name}.` : prefix)
        : []
    return [...own, ...nested]
  })

describe('labels in Chinese and English', () => {
  const rows = collections.flatMap((collection) =>
    namedFields(collection.fields).map(([path, field]) => [collection.slug, path, field] as const),
  )

  it.each(rows)('%s.%s has a zh and an en label', (_slug, _path, field) => {
    expect('label' in field ? field.label : undefined).toEqual({
      zh: expect.stringMatching(/[\u4e00-\u9fa5]/),
      en: expect.any(String),
    })
  })
})
