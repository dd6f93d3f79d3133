import { hasRole } from '@/access/hasRole'
import { relationId } from '@/domain/relations'
import type { WorkOrder } from '@/payload-types'
import type { WorkOrderState } from '@/domain/workOrders/actions'
import type { WorkOrderContext } from '@/domain/workOrders/workflow'
import { workOrderWorkflow } from '@/domain/workOrders/workflow'
import { invalidField } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { SERVER_WRITE } from '@/lib/serverWrite'
import type { CaseType } from '@/lib/workflow/caseType'
import { slugs } from '@/slugs'

/** Work orders on the workflow engine (an engineer reads, so acts on, only their own orders). */
export const workOrderCase: CaseType<WorkOrderState, WorkOrderContext, unknown, WorkOrder> = {
  workflow: workOrderWorkflow,
  toState: (doc) => ({
    status: doc.status ?? 'registered',
    engineer: relationId(doc.engineer) ?? null,
    dispatchedAt: doc.dispatchedAt ?? null,
    receivedAt: doc.receivedAt ?? null,
    arrivedAt: doc.arrivedAt ?? null,
    paid: doc.paid ?? null,
    paymentReceived: doc.paymentReceived ?? null,
    lines: doc.lines ?? [],
    total: doc.total ?? null,
    quoteAcceptedAt: doc.quoteAcceptedAt ?? null,
    unfinishedReason: doc.unfinishedReason ?? null,
    informedCustomerServiceAt: doc.informedCustomerServiceAt ?? null,
  }),
  context: async ({ req }) => ({
    paymentBeforeDispatch: (await officeSettings(req)).paymentBeforeDispatch,
  }),
  verify: async ({ req, plan }) => {
    const engineerId = plan.data.engineer
    if (engineerId === undefined) return
    const engineer = await req.payload
      .findByID({ collection: slugs.users, id: engineerId as number, depth: 0, req })
      .catch(() => null)
    if (!engineer || !hasRole(engineer, 'engineer')) {
      throw invalidField(slugs.workOrders, 'engineer', '请选择维修员 / Choose an engineer')
    }
  },
  writeContext: () => ({ [SERVER_WRITE]: true }),
}
