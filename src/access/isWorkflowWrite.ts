import type { RequestContext } from 'payload'

/**
 * Whether this request is a workflow action's own write to `collection` (`writeCase` marks it):
 * an update access may accept it for people who act on a case without editing it (a site captain
 * recording a payment). Only server code sets `req.context`; a client cannot.
 */
export const isWorkflowWrite = (context: RequestContext | undefined, collection: string): boolean =>
  context?.workflowAction?.collection === collection
