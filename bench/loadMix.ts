/**
 * The load benchmark's staff mix (bench/load.ts over HTTP, bench/loadProfile.ts in-process): what
 * each kind of request sends, as which role.
 */
import { lexicalFromText } from '../src/lib/lexical'
import type { RequestOptions } from '../scripts/productionServer'

/** What bench/loadFixtures.ts prepared. */
export type Fixtures = {
  seedSeconds: number
  bulkSeconds: number
  complaints: number
  users: Record<string, number>
  readable: number[]
  registered: number[]
  residents: Array<{ resident: number; unit: number }>
}

export type Kind = {
  name: string
  label: string
  write: boolean
  role: string
  /** The request for the i-th time this kind is sent. */
  send: (i: number) => [string, string, RequestOptions?]
}

const STATUSES = ['registered', 'dispatched', 'in-progress', 'closed']
const CATEGORIES = ['renovation-noise', 'pests', 'parking', 'water-leak', 'fees']

export const kindsFor = (f: Fixtures): Kind[] => {
  const clerk = 'cs-clerk@demo.local'
  let registered = 0
  const today = new Date().toISOString().slice(0, 10)
  const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10)
  return [
    {
      name: 'list',
      label: 'list, 2 filters, sorted, 20 a page (clerk)',
      write: false,
      role: clerk,
      send: (i) => [
        'GET',
        `/api/complaints?where[status][equals]=${STATUSES[i % STATUSES.length]}&where[category][equals]=${CATEGORIES[i % CATEGORIES.length]}&sort=-registeredAt&limit=20&depth=0`,
      ],
    },
    {
      name: 'read',
      label: 'read one, depth 1 (clerk)',
      write: false,
      role: clerk,
      send: (i) => ['GET', `/api/complaints/${f.readable[i % f.readable.length]}?depth=1`],
    },
    {
      name: 'dashboard',
      label: 'dashboard (director)',
      write: false,
      role: 'director@demo.local',
      send: () => ['GET', '/api/dashboard'],
    },
    {
      name: 'registers',
      label: 'visitors register, last 7 days (site captain)',
      write: false,
      role: 'site-captain@demo.local',
      send: () => ['GET', `/api/reports/registers/visitors?from=${weekAgo}&to=${today}`],
    },
    {
      name: 'pdf',
      label: 'complaint slip PDF (clerk)',
      write: false,
      role: clerk,
      send: (i) => ['GET', `/api/complaints/${f.readable[i % f.readable.length]}/slip.pdf`],
    },
    {
      name: 'registration',
      label: 'register a complaint (clerk)',
      write: true,
      role: clerk,
      send: (i) => {
        const r = f.residents[i % f.residents.length]
        // As the admin's form sends it: its save posts with `depth=0` (Payload's DocumentInfo
        // provider), so the answer is the stored complaint, not one populated two levels deep.
        return [
          'POST',
          '/api/complaints?depth=0',
          {
            json: {
              kind: 'complaint',
              channel: 'phone',
              category: 'renovation-noise',
              unit: r.unit,
              resident: r.resident,
              description: lexicalFromText(`负载测试 ${i}`),
            },
          },
        ]
      },
    },
    {
      name: 'action',
      label: 'dispatch a complaint (dispatcher)',
      write: true,
      role: 'dispatcher@demo.local',
      send: () => [
        'POST',
        `/api/complaints/${f.registered[registered++ % f.registered.length]}/actions/dispatch`,
        { json: { department: 'customer-service', handler: f.users[clerk], deadlineHours: 24 } },
      ],
    },
  ]
}

export const floorKind = (f: Fixtures): Kind => ({
  name: 'floor',
  label: 'floor: bare Payload REST read of the same complaint, depth 0 (admin)',
  write: false,
  role: 'admin@demo.local',
  send: (i) => ['GET', `/api/complaints/${f.readable[i % f.readable.length]}?depth=0`],
})

/** The mix, by weight: reads three times as often as the rest. */
export const MIX = [
  'list',
  'read',
  'dashboard',
  'list',
  'registration',
  'read',
  'registers',
  'list',
  'action',
  'read',
  'pdf',
]
