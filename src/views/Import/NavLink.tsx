import React from 'react'

/** A link to the 导入 view in the admin's navigation, under the collections. */
export function ImportLink() {
  return (
    <a href="/admin/import" className="nav__link" style={{ marginTop: 12 }}>
      导入 <span style={{ opacity: 0.6, fontSize: 12 }}>Import</span>
    </a>
  )
}
