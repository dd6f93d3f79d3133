import * as migration_20261122_082324_initial from './20261122_082324_initial';
import * as migration_20261122_095344_violations_approvals from './20261122_095344_violations_approvals';

export const migrations = [
  {
    up: migration_20261122_082324_initial.up,
    down: migration_20261122_082324_initial.down,
    name: '20261122_082324_initial',
  },
  {
    up: migration_20261122_095344_violations_approvals.up,
    down: migration_20261122_095344_violations_approvals.down,
    name: '20261122_095344_violations_approvals'
  },
];
