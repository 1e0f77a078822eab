import { TaskBoard } from '../modules/tasks/TaskBoard';

export function TasksPage() {
  return <TaskBoard />;
}
