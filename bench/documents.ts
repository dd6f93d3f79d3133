/**
 * Loading a controlled document's version history (the first page of 20, through REST as the
 * document controller) for a document with 500 approved revisions against one with 10.
 */
import type { Payload, SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'

import { lexicalFromText } from '../src/lib/lexical'
import { SERVER_WRITE } from '../src/lib/serverWrite'
import { slugs } from '../src/slugs'

type Summary = { n: number; totalMs: number; meanMs: number; p95Ms: number }

/** A document with `revisions` approved revisions: each a draft save, then its publication. */
const documentWithRevisions = async (payload: Payload, revisions: number) => {
  const context = { [SERVER_WRITE]: true }
  const doc = await payload.create({
    collection: slugs.archivedDocuments,
    data: {
      title: `基准文件 ${revisions}`,
      kind: 'form',
      department: 'customer-service',
      number: `BENCH-${revisions}`,
      versionLabel: 'A/0',
      changeNote: '初版',
      status: 'draft',
      content: lexicalFromText('初版正文') as never,
    },
    draft: true,
    context,
  })
  for (let i = 0; i <= revisions; i++) {
    const data = {
      content: lexicalFromText(`第 ${i} 次修订正文 `.repeat(20)) as never,
      changeNote: `第 ${i} 次修订`,
      versionLabel: `A/${i}`,
    }
    await payload.update({
      collection: slugs.archivedDocuments,
      id: doc.id,
      data: { ...data, status: 'draft' },
      draft: true,
      context,
    })
    await payload.update({
      collection: slugs.archivedDocuments,
      id: doc.id,
      data: {
        ...data,
        status: 'effective',
        effectiveVersion: `A/${i}`,
        effectiveFrom: new Date().toISOString(),
        _status: 'published',
      },
      context,
    })
  }
  return doc.id
}

export const benchDocumentHistory = async (
  payload: Payload,
  config: SanitizedConfig,
  summarise: (times: number[]) => Summary,
  rounds = 50,
) => {
  const email = 'bench-dc@bench.local'
  const password = 'bench-password-2026'
  await payload.create({
    collection: slugs.users,
    data: { email, password, name: '基准档案员', roles: ['document-controller'] },
  })
  const { token } = await payload.login({ collection: slugs.users, data: { email, password } })
  const small = await documentWithRevisions(payload, 10)
  const large = await documentWithRevisions(payload, 500)
  const versionsOf = async (id: number) =>
    (
      await payload.findVersions({
        collection: slugs.archivedDocuments,
        where: { parent: { equals: id } },
        limit: 1,
      })
    ).totalDocs
  const history = async (id: number) => {
    const t = performance.now()
    const res = await handleEndpoints({
      config,
      request: new Request(
        `http://localhost:3000/api/archived-documents/${id}/history?limit=10&page=1`,
        {
          headers: { Authorization: `JWT ${token}` },
        },
      ),
    })
    const body = (await res.json()) as { docs: unknown[]; totalDocs: number }
    if (res.status !== 200 || body.docs.length !== 10) throw new Error(`history: ${res.status}`)
    return [performance.now() - t, body.totalDocs] as const
  }
  const smallTimes: number[] = []
  const largeTimes: number[] = []
  let totals = [0, 0]
  for (let i = 0; i < rounds + 5; i++) {
    const [a, smallTotal] = await history(small)
    const [b, largeTotal] = await history(large)
    totals = [smallTotal, largeTotal]
    if (i >= 5) {
      smallTimes.push(a)
      largeTimes.push(b)
    }
  }
  const s = summarise(smallTimes)
  const l = summarise(largeTimes)
  return {
    small: { ...s, approved: totals[0], versions: await versionsOf(small) },
    large: { ...l, approved: totals[1], versions: await versionsOf(large) },
    ratio: l.meanMs / s.meanMs,
  }
}
