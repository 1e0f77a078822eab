import type { ImportJob } from './types';

/**
 * What a finished job means for the user:
 * - `valid`: a dry run found no problem, the file can be imported for real;
 * - `skippable`: a dry run with "skip bad rows" found problems, the other orders can be imported;
 * - `invalid`: bad rows and no skipping, so nothing is (or would be) written;
 * - `imported`: the orders were written;
 * - `empty`: nothing to import; `failed`: the file could not be read; `pending`: still running.
 */
export type ImportOutcome = 'pending' | 'failed' | 'valid' | 'skippable' | 'invalid' | 'imported' | 'empty';

export function importOutcome(job: ImportJob, skipBadRows: boolean): ImportOutcome {
  if (job.status === 'failed') return 'failed';
  if (job.status !== 'done') return 'pending';
  const report = job.report;
  if (!report) return 'failed';
  if (report.written) return 'imported';
  if (report.bad_rows > 0 && !skipBadRows) return 'invalid';
  if (report.orders === 0) return report.bad_rows > 0 ? 'invalid' : 'empty';
  if (!job.dry_run) return 'empty';
  return report.bad_rows > 0 ? 'skippable' : 'valid';
}
