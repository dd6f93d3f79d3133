import type { Access } from 'payload'

/** Nobody, through any API. Server code writes with the adapter or `overrideAccess`. */
export const denyAll: Access = () => false
