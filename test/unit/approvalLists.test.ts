import { splitWaitingAndReturned } from '@/domain/approvals/lists'

type Doc = { id: number; status: string }
const docs = (...statuses: string[]): Doc[] => statuses.map((status, id) => ({ id, status }))
const split = (list: Doc[], limit: number) => splitWaitingAndReturned(list, limit, (d) => d.status)
const ids = (list: Doc[] | undefined) => list?.map((d) => d.id)

describe('splitWaitingAndReturned', () => {
  it('should keep each list in the read’s order', () => {
    const result = split(docs('pending', 'rejected', 'pending'), 3)
    expect(ids(result?.waiting)).toEqual([0, 2])
    expect(ids(result?.returned)).toEqual([1])
  })

  it('should keep each list’s first listLimit when the read was not full', () => {
    // Three waiting and nothing returned: the read (limit 4) holds everything there is.
    const result = split(docs('pending', 'pending', 'pending'), 2)
    expect(ids(result?.waiting)).toEqual([0, 1])
    expect(result?.returned).toEqual([])
  })

  it('should ask apart when the read was full: a list may have been cut short', () => {
    // Four rows at limit 2: returned cases older than these four were not read.
    expect(split(docs('pending', 'pending', 'pending', 'rejected'), 2)).toBeNull()
    expect(split(docs('pending', 'pending'), 1)).toBeNull()
  })

  it('should answer two empty lists for no rows', () => {
    expect(split([], 1)).toEqual({ waiting: [], returned: [] })
  })
})
