import type { Logger } from 'pino';
import { type PeriodicTask, startPeriodicTask } from '../jobs/periodic-task.ts';
import { checkpointAuditTrailIfChanged } from '../services/audit/checkpoint-audit-trail-if-changed.ts';
import type { ServiceDeps } from '../services/service-deps.ts';

/**
 * Signs the audit trail at start and then every `minutes` (skipped while nothing but the last checkpoint
 * was appended). Each checkpoint is logged too, so a copy lives outside the database; a trail that does not
 * verify is logged as an error and left unsigned.
 */
export const startAuditCheckpoints = (services: ServiceDeps, logger: Logger, minutes: number): PeriodicTask =>
  startPeriodicTask(
    async () => {
      const result = await checkpointAuditTrailIfChanged(services);
      if (!result.ok) logger.error({ code: result.error.code, details: result.error.details }, result.error.message);
      else if (result.value !== null) logger.info({ checkpoint: result.value }, 'audit checkpoint written');
    },
    { intervalMs: minutes * 60 * 1000, onError: (error) => logger.error({ err: error }, 'audit checkpoint error') },
  );
