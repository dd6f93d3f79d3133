import * as migration_20261122_082328_initial from './20261122_082328_initial';
import * as migration_20261122_095354_violations_approvals from './20261122_095354_violations_approvals';

export const migrations = [
  {
    up: migration_20261122_082328_initial.up,
    down: migration_20261122_082328_initial.down,
    name: '20261122_082328_initial',
  },
  {
    up: migration_20261122_095354_violations_approvals.up,
    down: migration_20261122_095354_violations_approvals.down,
    name: '20261122_095354_violations_approvals'
  },
];
