import React from 'react'

/**
 * Replaces the admin's “Publish” button on controlled documents: a document takes effect only
 * through its approval chain (the sidebar panel), so there is nothing to publish by hand.
 */
export const NoPublish: React.FC = () => (
  <span style={{ fontSize: 12, color: 'var(--theme-elevation-500)', alignSelf: 'center' }}>
    经审批后生效 · Takes effect on approval
  </span>
)
