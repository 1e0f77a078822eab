import { TaskMetricsBoard } from '../modules/tasks/TaskMetricsBoard';

export function TaskMetricsPage() {
  return <TaskMetricsBoard />;
}
