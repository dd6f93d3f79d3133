import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

// Disabled unless ENABLE_GRAPHQL=true: Payload answers with its own refusal then.
export const POST = GRAPHQL_POST(config)
export const OPTIONS = REST_OPTIONS(config)
