import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { staticSecurityHeaders } from './src/config/securityHeaders'
import { readSettings } from './src/config/readSettings'

/**
 * A function of Next's phase: `next start` in production stops here, at once, with the reason,
 * when the secret or `SERVER_URL` is missing; `next build` is exempt (it serves nothing).
 */
const nextConfig = (phase: string): NextConfig => {
  const settings = readSettings({ ...process.env, NEXT_PHASE: phase })
  return withPayload(
    {
      // pdfkit reads its font metrics from its own folder at run time, and the fonts it is given
      // are fontkit’s; exceljs is CommonJS with streams of its own: all run
      // as Node modules, not bundled.
      serverExternalPackages: ['pdfkit', 'fontkit', 'exceljs'],
      devIndicators: false,
      poweredByHeader: false,
      experimental: {
        // Next copies a request body for src/proxy.ts up to this size and cuts the rest off: it
        // must hold the largest upload the app accepts (the proxy answers 413 above it).
        proxyClientMaxBodySize: settings.uploadMaxBytes + settings.requestMaxBytes,
      },
      async headers() {
        const headers = staticSecurityHeaders({ isProduction: settings.isProduction })
        return [{ source: '/:path*', headers }]
      },
    },
    { devBundleServerPackages: false },
  )
}

export default nextConfig
