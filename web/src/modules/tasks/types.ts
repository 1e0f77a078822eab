export type TaskStatus = 'open' | 'in_progress' | 'done' | 'cancelled';

/** The built-in kinds; rules may create others. */
export type TaskType = 'credit_check' | 'stocking' | 'logistics_booking' | 'follow_up';

export type TaskDepartment = 'finance' | 'warehouse' | 'logistics' | 'sales' | 'service';

export type TaskComment = { id: string; author_name: string | null; body: string; created_at: string };

/** `task` as the API returns it (docs/api.md, "Tasks"). */
export type Task = {
  id: string;
  type: TaskType | string;
  title: string;
  body: string;
  department: TaskDepartment | string;
  /** Unclaimed queue work: anyone with this role may claim it. */
  queue_role: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  /** The record it is about (quote, order, customer…). */
  object: string | null;
  object_id: string | null;
  object_label: string | null;
  zone_id: string | null;
  status: TaskStatus | string;
  due_at: string | null;
  overdue: boolean;
  outcome: string | null;
  rule_id: string | null;
  version: number;
  created_at: string;
  claimed_at: string | null;
  completed_at: string | null;
  /** On GET by id. */
  comments?: TaskComment[];
};

export type TaskFilters = {
  /** Assigned to the caller or waiting in their role's queue. */
  mine?: boolean;
  status?: string;
  type?: string;
  department?: string;
  object?: string;
  object_id?: string;
  limit: number;
  offset: number;
};

/** `GET /tasks/metrics`: per department and ISO week ("2026-W46"), tasks done and their average hours from created to done. */
export type TaskMetrics = {
  weeks: string[];
  departments: {
    department: string;
    handled: number[];
    avg_hours: (number | null)[];
    open: number;
    overdue: number;
  }[];
};

export type TaskAction = 'claim' | 'complete' | 'cancel';
