/** A label in the admin's two languages. Chinese first: it is the office's working language. */
export type BilingualLabel = { zh: string; en: string }

export const label = (zh: string, en: string): BilingualLabel => ({ zh, en })

/** A select option with a bilingual label. */
export const option = (value: string, zh: string, en: string) => ({
  value,
  label: label(zh, en),
})

/** Select options from a record of bilingual labels, in its order. */
export const optionsFrom = (record: Record<string, { zh: string; en: string }>) =>
  Object.entries(record).map(([value, l]) => option(value, l.zh, l.en))
