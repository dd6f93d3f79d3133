import * as migration_20261122_070348_initial from './20261122_070348_initial';
import * as migration_20261122_074601_complaints from './20261122_074601_complaints';

export const migrations = [
  {
    up: migration_20261122_070348_initial.up,
    down: migration_20261122_070348_initial.down,
    name: '20261122_070348_initial',
  },
  {
    up: migration_20261122_074601_complaints.up,
    down: migration_20261122_074601_complaints.down,
    name: '20261122_074601_complaints'
  },
];
