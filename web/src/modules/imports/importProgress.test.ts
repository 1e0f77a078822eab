import { describe, expect, it } from 'vitest';
import { importProgress } from './importProgress';
import type { ImportJob } from './types';

const job = (patch: Partial<ImportJob>): ImportJob => ({
  id: '1',
  kind: 'orders',
  status: 'running',
  file_name: 'a.csv',
  dry_run: false,
  phase: null,
  done: 0,
  total: 0,
  report: null,
  error: null,
  ...patch,
});

describe('importProgress', () => {
  it('starts at zero while queued or before the first phase', () => {
    expect(importProgress(job({ status: 'queued' }))).toEqual({ stage: 'queued', percent: 0, done: 0, total: 0 });
    expect(importProgress(job({})).stage).toBe('starting');
  });

  it('spreads a real import over reading (first half) and writing (second half)', () => {
    expect(importProgress(job({ phase: 'read', done: 5000, total: 20000 })).percent).toBe(12);
    expect(importProgress(job({ phase: 'write', done: 11000, total: 20000 }))).toEqual({
      stage: 'write',
      percent: 77,
      done: 11000,
      total: 20000,
    });
  });

  it('gives a dry run the whole bar for reading', () => {
    expect(importProgress(job({ dry_run: true, phase: 'read', done: 3000, total: 4000 })).percent).toBe(75);
  });

  it('is full when finished, and never overflows', () => {
    expect(importProgress(job({ status: 'done' })).percent).toBe(100);
    expect(importProgress(job({ status: 'failed' })).stage).toBe('failed');
    expect(importProgress(job({ phase: 'write', done: 30, total: 20 })).percent).toBe(100);
  });
});
