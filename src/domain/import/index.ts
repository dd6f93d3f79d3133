export * from './kinds'
export * from './plan'
export * from './rows'
export * from './text'
