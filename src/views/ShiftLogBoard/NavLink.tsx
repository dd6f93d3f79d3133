import React from 'react'

import './NavLink.scss'

/** A link to the shift-log board in the admin's navigation, under the collections. */
export function ShiftLogBoardLink() {
  return (
    <a href="/admin/shift-logs-board" className="nav__link shift-board-link">
      交接班看板 <span className="shift-board-link__en">Shift-log board</span>
    </a>
  )
}
