import * as migration_20261122_082328_initial from './20261122_082328_initial';
import * as migration_20261122_103538_violations_documents_shift_logs from './20261122_103538_violations_documents_shift_logs';
import * as migration_20261201_160559_security_limits_throttles from './20261201_160559_security_limits_throttles';
import * as migration_20261201_174131_workflow_follow_ups from './20261201_174131_workflow_follow_ups';
import * as migration_20261201_205513_printing_meetings_posts_passes from './20261201_205513_printing_meetings_posts_passes';
import * as migration_20261202_004319_complaints_repairs_loop from './20261202_004319_complaints_repairs_loop';
import * as migration_20261202_041654_helpdesk_chains_alerts_calendar from './20261202_041654_helpdesk_chains_alerts_calendar';
import * as migration_20261202_105652_visits_onboarding_services_month_figures from './20261202_105652_visits_onboarding_services_month_figures';
import * as migration_20261202_180531_my_work_indexes from './20261202_180531_my_work_indexes';

export const migrations = [
  {
    up: migration_20261122_082328_initial.up,
    down: migration_20261122_082328_initial.down,
    name: '20261122_082328_initial',
  },
  {
    up: migration_20261122_103538_violations_documents_shift_logs.up,
    down: migration_20261122_103538_violations_documents_shift_logs.down,
    name: '20261122_103538_violations_documents_shift_logs',
  },
  {
    up: migration_20261201_160559_security_limits_throttles.up,
    down: migration_20261201_160559_security_limits_throttles.down,
    name: '20261201_160559_security_limits_throttles',
  },
  {
    up: migration_20261201_174131_workflow_follow_ups.up,
    down: migration_20261201_174131_workflow_follow_ups.down,
    name: '20261201_174131_workflow_follow_ups',
  },
  {
    up: migration_20261201_205513_printing_meetings_posts_passes.up,
    down: migration_20261201_205513_printing_meetings_posts_passes.down,
    name: '20261201_205513_printing_meetings_posts_passes',
  },
  {
    up: migration_20261202_004319_complaints_repairs_loop.up,
    down: migration_20261202_004319_complaints_repairs_loop.down,
    name: '20261202_004319_complaints_repairs_loop',
  },
  {
    up: migration_20261202_041654_helpdesk_chains_alerts_calendar.up,
    down: migration_20261202_041654_helpdesk_chains_alerts_calendar.down,
    name: '20261202_041654_helpdesk_chains_alerts_calendar',
  },
  {
    up: migration_20261202_105652_visits_onboarding_services_month_figures.up,
    down: migration_20261202_105652_visits_onboarding_services_month_figures.down,
    name: '20261202_105652_visits_onboarding_services_month_figures',
  },
  {
    up: migration_20261202_180531_my_work_indexes.up,
    down: migration_20261202_180531_my_work_indexes.down,
    name: '20261202_180531_my_work_indexes'
  },
];
