export * from './readSettings'

import { readSettings } from './readSettings'

/** The app's settings, read from the environment once, when the app loads. */
export const settings = readSettings()
