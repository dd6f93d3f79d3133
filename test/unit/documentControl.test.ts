import {
  compareVersions,
  checkChangeNote,
  formatDocumentNumber,
  isValidNumberPattern,
  loansOverlap,
  nextVersion,
  numberSeries,
  retentionEnds,
} from '@/domain/documents/control'

describe('document numbers', () => {
  it('should fill the pattern with the department and kind codes and a padded sequence', () => {
    expect(
      formatDocumentNumber('WY-{dept}-{kind}-{seq:3}', {
        department: 'customer-service',
        kind: 'form',
        seq: 7,
        year: 2026,
      }),
    ).toBe('WY-KF-BD-007')
    expect(
      formatDocumentNumber('{year}/{dept}{kind}{seq}', {
        department: 'engineering',
        kind: 'drawing',
        seq: 12,
        year: 2026,
      }),
    ).toBe('2026/GCTZ12')
    expect(numberSeries('customer-service', 'form')).toBe('DOC-KF-BD')
    expect(isValidNumberPattern('WY-{dept}-{kind}')).toBe(false)
    expect(isValidNumberPattern('WY-{seq:4}')).toBe(true)
  })
})

describe('version labels', () => {
  it('should count revisions within a letter and move to the next letter on a major revision', () => {
    expect(nextVersion(null, 'letter')).toBe('A/0')
    expect(nextVersion('A/0', 'letter')).toBe('A/1')
    expect(nextVersion('A/9', 'letter')).toBe('A/10')
    expect(nextVersion('A/9', 'letter', true)).toBe('B/0')
    expect(nextVersion(null, 'decimal')).toBe('1.0')
    expect(nextVersion('1.9', 'decimal')).toBe('1.10')
    expect(nextVersion('1.9', 'decimal', true)).toBe('2.0')
  })

  it('should order labels as they were issued', () => {
    const labels = ['B/0', 'A/10', 'A/2', 'A/0']
    expect([...labels].sort(compareVersions)).toEqual(['A/0', 'A/2', 'A/10', 'B/0'])
    expect(['1.10', '1.2', '2.0'].sort(compareVersions)).toEqual(['1.2', '1.10', '2.0'])
  })
})

describe('retention, loans and change notes', () => {
  it('should keep a document for its kind’s years unless told otherwise', () => {
    const from = new Date('2026-03-01T00:00:00Z')
    expect(retentionEnds('record', from).toISOString()).toBe('2029-03-01T00:00:00.000Z')
    expect(retentionEnds('record', from, 1).toISOString()).toBe('2027-03-01T00:00:00.000Z')
  })

  it('should find overlapping loan periods, end to start being no overlap', () => {
    const d = (day: number) => new Date(Date.UTC(2026, 10, day))
    expect(loansOverlap({ from: d(1), to: d(5) }, { from: d(4), to: d(8) })).toBe(true)
    expect(loansOverlap({ from: d(1), to: d(5) }, { from: d(5), to: d(8) })).toBe(false)
    expect(loansOverlap({ from: d(2), to: d(3) }, { from: d(1), to: d(8) })).toBe(true)
  })

  it('should require a change note of substance', () => {
    expect(checkChangeNote('')).not.toBeNull()
    expect(checkChangeNote(' x ')).not.toBeNull()
    expect(checkChangeNote('增加签名栏')).toBeNull()
  })
})
