import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // pdfkit reads its font metrics from its own folder at run time.
  serverExternalPackages: ['pdfkit'],
  devIndicators: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
