import type { ImportJob } from './types';

export type ImportStage = 'queued' | 'starting' | 'read' | 'write' | 'done' | 'failed';

export type ImportProgress = {
  stage: ImportStage;
  /** 0–100 over the whole job: reading is the first half of a real import, all of a dry run. */
  percent: number;
  done: number;
  total: number;
};

/** Where a job is, for a progress bar. */
export function importProgress(job: ImportJob): ImportProgress {
  if (job.status === 'done') return { stage: 'done', percent: 100, done: job.total, total: job.total };
  if (job.status === 'failed') return { stage: 'failed', percent: 100, done: job.done, total: job.total };
  if (job.status === 'queued') return { stage: 'queued', percent: 0, done: 0, total: 0 };
  const phase = job.phase === 'read' || job.phase === 'write' ? job.phase : null;
  if (!phase) return { stage: 'starting', percent: 0, done: 0, total: 0 };
  const share = job.total > 0 ? Math.min(1, Math.max(0, job.done / job.total)) : 0;
  const percent = job.dry_run ? share * 100 : phase === 'read' ? share * 50 : 50 + share * 50;
  return { stage: phase, percent: Math.floor(percent), done: job.done, total: job.total };
}
