import * as migration_20261122_070343_initial from './20261122_070343_initial';

export const migrations = [
  {
    up: migration_20261122_070343_initial.up,
    down: migration_20261122_070343_initial.down,
    name: '20261122_070343_initial'
  },
];
