import type { TaskDepartment, TaskStatus, TaskType } from './types';

export const TASK_STATUSES: readonly TaskStatus[] = ['open', 'in_progress', 'done', 'cancelled'];
export const TASK_TYPES: readonly TaskType[] = ['credit_check', 'stocking', 'logistics_booking', 'follow_up'];
export const TASK_DEPARTMENTS: readonly TaskDepartment[] = ['finance', 'warehouse', 'logistics', 'sales', 'service'];

/** The list's filters as kept in the address: `mine` is on unless `mine=0`. */
export type TaskView = { mine: boolean; status?: string; type?: string; department?: string };

const FIELDS = ['status', 'type', 'department'] as const;

export function parseTaskView(params: URLSearchParams): TaskView {
  const view: TaskView = { mine: params.get('mine') !== '0' };
  for (const field of FIELDS) {
    const value = params.get(field)?.trim();
    if (value) view[field] = value;
  }
  return view;
}

/** The address query of a view; defaults are left out so `/tasks` stays clean. */
export function taskViewParams(view: TaskView): URLSearchParams {
  const out = new URLSearchParams();
  if (!view.mine) out.set('mine', '0');
  for (const field of FIELDS) if (view[field]) out.set(field, view[field] as string);
  return out;
}

export function isTaskFinished(status: string): boolean {
  return status === 'done' || status === 'cancelled';
}

/**
 * What the user may do to a task (the server has the last word): with `task:update`,
 * claim unclaimed work of their role's queue; complete or cancel a task that is still
 * open or in progress when it is theirs or waits unclaimed in their role's queue.
 */
export function taskActions(
  task: { status: string; queue_role: string | null; assignee_id: string | null },
  user: { id: string; role: string; update: boolean },
): ('claim' | 'complete' | 'cancel')[] {
  if (!user.update || isTaskFinished(task.status)) return [];
  const inMyQueue = !task.assignee_id && !!task.queue_role && task.queue_role === user.role;
  const actions: ('claim' | 'complete' | 'cancel')[] = [];
  if (task.status === 'open' && inMyQueue) actions.push('claim');
  if (inMyQueue || task.assignee_id === user.id) actions.push('complete', 'cancel');
  return actions;
}
