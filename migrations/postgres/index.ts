import * as migration_20261122_070348_initial from './20261122_070348_initial';
import * as migration_20261122_074601_complaints from './20261122_074601_complaints';
import * as migration_20261122_081034_work_orders from './20261122_081034_work_orders';

export const migrations = [
  {
    up: migration_20261122_070348_initial.up,
    down: migration_20261122_070348_initial.down,
    name: '20261122_070348_initial',
  },
  {
    up: migration_20261122_074601_complaints.up,
    down: migration_20261122_074601_complaints.down,
    name: '20261122_074601_complaints',
  },
  {
    up: migration_20261122_081034_work_orders.up,
    down: migration_20261122_081034_work_orders.down,
    name: '20261122_081034_work_orders'
  },
];
