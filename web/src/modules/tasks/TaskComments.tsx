import { Button, Empty, Flex, Form, Input, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import type { Task } from './types';
import { useTaskErrorHandler } from './useTaskErrorHandler';
import { useTaskMutations } from './useTaskMutations';

/** The task's comments, oldest first, and a box to add one (whoever sees the task may comment). */
export function TaskComments({ task }: { task: Task }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const comments = [...(task.comments ?? [])].sort((a, b) => a.created_at.localeCompare(b.created_at));

  return (
    <div className="task-comments" data-testid="task-comments">
      {comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.noComments')} />
      ) : (
        <ul className="task-comments__list">
          {comments.map((c) => (
            <li key={c.id} className="task-comment" data-testid="task-comment">
              <div className="task-comment__meta">
                <Typography.Text strong>{c.author_name || t('audit.system')}</Typography.Text>
                <Typography.Text type="secondary" className="num">
                  {formatDateTime(c.created_at)}
                </Typography.Text>
              </div>
              <div className="task-text">{c.body}</div>
            </li>
          ))}
        </ul>
      )}
      <CommentForm taskId={task.id} />
    </div>
  );
}

function CommentForm({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ body: string }>();
  const { comment } = useTaskMutations();
  const handleError = useTaskErrorHandler();
  const submit = ({ body }: { body: string }, f: FormInstance<{ body: string }>) =>
    comment.mutate({ id: taskId, body }, { onSuccess: () => f.resetFields(), onError: (error) => handleError(error, { form: f }) });

  return (
    <Form form={form} onFinish={(values) => submit(values, form)} className="task-comments__form">
      <Form.Item name="body" rules={[{ required: true, whitespace: true, message: t('tasks.commentRequired') }]} style={{ marginBottom: 8 }}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder={t('tasks.commentPlaceholder')} data-testid="task-comment-input" />
      </Form.Item>
      <Flex justify="flex-end">
        <Button htmlType="submit" loading={comment.isPending} data-testid="task-comment-add">
          {t('tasks.addComment')}
        </Button>
      </Flex>
    </Form>
  );
}
