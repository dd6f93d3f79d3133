import * as migration_20261122_070343_initial from './20261122_070343_initial';
import * as migration_20261122_074556_complaints from './20261122_074556_complaints';
import * as migration_20261122_081030_work_orders from './20261122_081030_work_orders';

export const migrations = [
  {
    up: migration_20261122_070343_initial.up,
    down: migration_20261122_070343_initial.down,
    name: '20261122_070343_initial',
  },
  {
    up: migration_20261122_074556_complaints.up,
    down: migration_20261122_074556_complaints.down,
    name: '20261122_074556_complaints',
  },
  {
    up: migration_20261122_081030_work_orders.up,
    down: migration_20261122_081030_work_orders.down,
    name: '20261122_081030_work_orders'
  },
];
