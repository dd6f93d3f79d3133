import type { Endpoint } from 'payload'

import { importSheet } from './importSheet'
import { importTemplate } from './importTemplate'

/** Bringing an estate in: the sheet import (dry run and real) and its templates. */
export const importEndpoints: Endpoint[] = [importTemplate, importSheet]
