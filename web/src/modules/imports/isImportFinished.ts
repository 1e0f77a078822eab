import type { ImportJob } from './types';

/** A job that will not change any more (done or failed). */
export function isImportFinished(job: ImportJob | undefined): boolean {
  return job?.status === 'done' || job?.status === 'failed';
}
