export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';

/** One problem in the file: its line (1 = the header), the file's column and what is wrong. */
export type ImportIssue = { line: number; column: string; message: string };

/** What an import found (and wrote, when `written`); money in minor units. */
export type ImportReport = {
  layout: 'salient' | 'superstore' | string;
  rows: number;
  bad_rows: number;
  orders: number;
  lines: number;
  customers_created: number;
  products_created: number;
  total: number;
  written: boolean;
  issues: ImportIssue[];
};

/** `GET /imports/{id}` (docs/api.md, "Imports"): a background job with progress and its report. */
export type ImportJob = {
  id: string;
  kind: string;
  status: ImportStatus | string;
  file_name: string | null;
  dry_run: boolean;
  /** While running: reading and checking rows, then writing orders. */
  phase: 'read' | 'write' | string | null;
  done: number;
  total: number;
  report: ImportReport | null;
  error: string | null;
  created_at?: string;
};

export type ImportQueued = { id: string; status: string };

export type OrderImportOptions = {
  /** Check and report only; write nothing. */
  dry_run: boolean;
  /** Import the valid orders and skip those with a bad row (else any bad row stops everything). */
  skip_bad_rows: boolean;
  file_name: string;
};
