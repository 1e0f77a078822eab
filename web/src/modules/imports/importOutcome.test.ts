import { describe, expect, it } from 'vitest';
import { importOutcome } from './importOutcome';
import type { ImportJob, ImportReport } from './types';

const report = (patch: Partial<ImportReport>): ImportReport => ({
  layout: 'salient',
  rows: 3,
  bad_rows: 0,
  orders: 2,
  lines: 3,
  customers_created: 0,
  products_created: 0,
  total: 106360,
  written: false,
  issues: [],
  ...patch,
});
const job = (patch: Partial<ImportJob>): ImportJob => ({
  id: '1',
  kind: 'orders',
  status: 'done',
  file_name: 'a.csv',
  dry_run: true,
  phase: null,
  done: 0,
  total: 0,
  report: report({}),
  error: null,
  ...patch,
});

describe('importOutcome', () => {
  it('follows the job while it runs or when it fails', () => {
    expect(importOutcome(job({ status: 'running', report: null }), false)).toBe('pending');
    expect(importOutcome(job({ status: 'failed', report: null, error: 'unknown layout' }), false)).toBe('failed');
  });

  it('offers the real import after a clean dry run', () => {
    expect(importOutcome(job({}), false)).toBe('valid');
  });

  it('stops on bad rows unless they are skipped', () => {
    const bad = report({ bad_rows: 1, orders: 0, lines: 0, issues: [{ line: 5, column: 'quantity', message: 'x' }] });
    expect(importOutcome(job({ report: bad }), false)).toBe('invalid');
    expect(importOutcome(job({ report: { ...bad, orders: 2 } }), true)).toBe('skippable');
    expect(importOutcome(job({ report: bad }), true)).toBe('invalid');
  });

  it('reports what a real import wrote', () => {
    expect(importOutcome(job({ dry_run: false, report: report({ written: true }) }), false)).toBe('imported');
    expect(importOutcome(job({ dry_run: false, report: report({ bad_rows: 2 }) }), false)).toBe('invalid');
    expect(importOutcome(job({ report: report({ rows: 0, orders: 0, lines: 0 }) }), false)).toBe('empty');
  });
});
