import React from 'react'

/** A link to the shift-log board in the admin's navigation, under the collections. */
export function ShiftLogBoardLink() {
  return (
    <a href="/admin/shift-logs-board" className="nav__link" style={{ marginTop: 12 }}>
      交接班看板 <span style={{ opacity: 0.6, fontSize: 12 }}>Shift-log board</span>
    </a>
  )
}
