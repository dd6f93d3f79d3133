/**
 * What every integration test file sets up: Payload booted on its own scratch database, the REST
 * client, one member of staff per role with their tokens, optionally a mailbox — and the two
 * moves most case tests make: take an action as someone, then re-read the case as the server.
 */
import type { CollectionSlug, DataFromCollectionSlug, Payload } from 'payload'

import type { Booted, ErrorBody, RestResponse } from './payload'
import { bootPayload, restClient, tokenCache } from './payload'
import type { Mailbox } from './smtp'
import { smtpEnv, startMailbox } from './smtp'
import type { StaffMember } from './staff'
import { createStaff, TEST_PASSWORD } from './staff'

export type RestClient = ReturnType<typeof restClient>
export type Staff = Awaited<ReturnType<typeof createStaff>>

/** Who acts: a member of staff (signed in once per file), a raw token, or nobody. */
export type Actor = StaffMember | string | undefined

/** The answer of `POST /api/<collection>/:id/actions/:action`: the case, or Payload's errors. */
export type ActionResult<S extends CollectionSlug> = RestResponse<
  { doc: DataFromCollectionSlug<S>; message?: string } & ErrorBody
>

export type Testbed = {
  booted: Booted
  payload: Payload
  rest: RestClient
  staff: Staff
  tokenOf: (member: StaffMember) => Promise<string>
  /** Takes a workflow action through the real REST handler, as `as`. */
  act: <S extends CollectionSlug>(
    as: Actor,
    collection: S,
    id: number | string,
    action: string,
    body?: Record<string, unknown>,
  ) => Promise<ActionResult<S>>
  /** Reads a document back as the server sees it (access skipped, depth 0). */
  reread: <S extends CollectionSlug>(
    collection: S,
    id: number | string,
    options?: { draft?: boolean },
  ) => Promise<DataFromCollectionSlug<S>>
  shutdown: () => Promise<void>
}

export type TestbedOptions<M extends boolean> = {
  /** Start a real SMTP server in-process and point Payload's mail at it. */
  mail?: M
  /** More environment for the boot (upload folders, limits, feature switches). */
  env?: Record<string, string | undefined>
}

/** Boots a test file's Payload and its staff; call once in `beforeAll`, `shutdown` in `afterAll`. */
export const startTestbed = async <M extends boolean = false>(
  name: string,
  { mail, env = {} }: TestbedOptions<M> = {},
): Promise<Testbed & (M extends true ? { mailbox: Mailbox } : unknown)> => {
  const mailbox = mail ? await startMailbox() : undefined
  const booted = await bootPayload(name, { ...(mailbox ? smtpEnv(mailbox) : {}), ...env })
  const { payload } = booted
  const rest = restClient(booted.config)
  const tokenOf = tokenCache(rest, TEST_PASSWORD)
  const staff = await createStaff(payload)
  const tokenFor = async (as: Actor) => (typeof as === 'object' ? await tokenOf(as) : as)
  const testbed: Testbed & { mailbox?: Mailbox } = {
    booted,
    payload,
    rest,
    staff,
    tokenOf,
    mailbox,
    act: async (as, collection, id, action, body = {}) =>
      rest.post(`/${collection}/${id}/actions/${action}`, { token: await tokenFor(as), body }),
    reread: (collection, id, { draft } = {}) =>
      payload.findByID({ collection, id, depth: 0, draft, overrideAccess: true }),
    shutdown: async () => {
      await booted.shutdown()
      await mailbox?.close()
    },
  }
  return testbed as Testbed & (M extends true ? { mailbox: Mailbox } : unknown)
}

/**
 * After a refused action: the case as re-read is the case as it was, every field of it. Read
 * `before` just before the attempt and `after` just after it.
 */
export const expectUnchanged = <T>(before: T, after: T) => {
  expect(after).toEqual(before)
}
