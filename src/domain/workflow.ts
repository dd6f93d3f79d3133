import type { Role } from './roles'

/**
 * The shape every case type's workflow shares (complaints, work orders, violations, shift logs,
 * controlled documents): its statuses with their labels, its actions — who may take each, from
 * which statuses, what input it needs — and a pure planner that says what an action writes or why
 * it is refused. Pure: no Payload, no database. The server side (`src/lib/workflow/`) reads the
 * case in a transaction, calls the planner and writes; the admin panel renders `availableActions`.
 */

export type Labels = { zh: string; en: string }

/** One input an action asks for. The admin panel draws it; the planner validates it. */
export type ActionInput = {
  name: string
  type: 'text' | 'textarea' | 'select' | 'user' | 'datetime' | 'number' | 'money' | 'checklist'
  label: Labels
  required?: boolean
  /** `select`: the choices. `checklist`: the items to tick (each answered ok / not ok). */
  options?: ReadonlyArray<{ value: string; label: Labels }>
  /** `user`: the chosen person must hold one of these roles (the server lists them as options). */
  userRoles?: readonly Role[]
  /** A value to start from (the panel pre-fills it). */
  defaultValue?: string | number | boolean
  /** Shown under the input. */
  help?: Labels
}

/** Whoever acts: their id, roles and, for guards, the post they work. */
export type Actor = { id: number | string; roles: readonly Role[]; dutyPost?: string | null }

/** What an action writes, or why it is refused (403 forbidden, 400 bad input naming the field, 409 the state does not allow it now). */
export type Plan<Extra = unknown> =
  | { ok: true; data: Record<string, unknown>; extra?: Extra }
  | { ok: false; status: 400 | 403 | 409; field?: string; message: string }

export type WorkflowAction<State> = {
  key: string
  label: Labels
  /** Roles that may take it. `allowed` narrows or widens it for one case (the handler, the guard on duty). */
  roles: readonly Role[]
  /** Statuses it may be taken from; empty = any. */
  from: readonly string[]
  inputs?: readonly ActionInput[] | ((state: State) => readonly ActionInput[])
  /** A further check on this case and actor (e.g. "the handler may start their own complaint"). */
  allowed?: (state: State, actor: Actor) => boolean
  tone?: 'primary' | 'secondary' | 'danger'
  /** Asked before the POST ("close the complaint?"). */
  confirm?: Labels
}

export type Workflow<
  State extends { status?: string | null },
  Context = unknown,
  Extra = unknown,
> = {
  collection: string
  label: Labels
  statuses: Readonly<Record<string, Labels>>
  actions: ReadonlyArray<WorkflowAction<State>>
  plan: (args: {
    action: string
    state: State
    body: Record<string, unknown>
    actor: Actor
    now: Date
    context: Context
  }) => Plan<Extra>
}

/** Whether an actor may take an action on a case as it stands (roles, status, the action's own rule). */
export const mayTake = <State extends { status?: string | null }>(
  action: WorkflowAction<State>,
  state: State,
  actor: Actor,
): boolean => {
  if (action.from.length > 0 && !action.from.includes(String(state.status ?? ''))) return false
  const byRole = actor.roles.some((r) => action.roles.includes(r))
  return action.allowed ? action.allowed(state, actor) : byRole
}

/** What the admin panel offers: the actions this actor may take on this case now, with their inputs. */
export const availableActions = <State extends { status?: string | null }>(
  workflow: Pick<Workflow<State>, 'actions'>,
  state: State,
  actor: Actor,
) =>
  workflow.actions
    .filter((a) => mayTake(a, state, actor))
    .map((a) => ({
      key: a.key,
      label: a.label,
      tone: a.tone ?? 'secondary',
      confirm: a.confirm,
      inputs: typeof a.inputs === 'function' ? a.inputs(state) : (a.inputs ?? []),
    }))

export type AvailableAction = ReturnType<typeof availableActions>[number]

/**
 * The answer of `GET /api/<collection>/:id/actions`, which the admin actions panel renders. The
 * panel posts an action's inputs to `POST /api/<collection>/:id/actions/:action` with the
 * `updatedAt` it saw (409 when the case changed since).
 */
export type ActionsResponse = {
  status: string
  statusLabel: Labels
  updatedAt: string
  actions: AvailableAction[]
}

/** A refusal, in the planner's shape. */
export const refuse = (
  status: 400 | 403 | 409,
  message: string,
  field?: string,
): { ok: false; status: 400 | 403 | 409; field?: string; message: string } => ({
  ok: false,
  status,
  message,
  field,
})
