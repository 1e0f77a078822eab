import { App, Form, Input, Modal, type ButtonProps, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpenSession } from '../../ui/useOpenSession';
import type { Task } from './types';
import { useTaskMutations } from './useTaskMutations';
import { useTaskErrorHandler } from './useTaskErrorHandler';

type TaskOutcomeModalProps = {
  task: Task;
  /** Complete (outcome optional) or cancel (outcome required); null when closed. */
  action: 'complete' | 'cancel' | null;
  onClose: () => void;
};

type Values = { outcome?: string };
const FORM_ID = 'task-outcome-form';

/** Completes or cancels a task with its outcome, which stays on the task. */
export function TaskOutcomeModal({ task, action, onClose }: TaskOutcomeModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mutations = useTaskMutations();
  const handleError = useTaskErrorHandler();
  const session = useOpenSession(action !== null, action);
  const mutation = action === 'cancel' ? mutations.cancel : mutations.complete;
  const okProps: ButtonProps & { 'data-testid': string } = {
    danger: action === 'cancel',
    htmlType: 'submit',
    form: FORM_ID,
    loading: mutation.isPending,
    'data-testid': 'task-outcome-confirm',
  };

  const submit = (values: Values, form: FormInstance<Values>) => {
    if (!action) return;
    mutation.mutate(
      { id: task.id, version: task.version, outcome: values.outcome ?? '' },
      {
        onSuccess: () => {
          message.success(t(`tasks.done.${action}`));
          onClose();
        },
        onError: (error) => handleError(error, { form, onStale: onClose }),
      },
    );
  };

  return (
    <Modal
      open={action !== null}
      title={action ? t(`tasks.outcomeTitle.${action}`, { title: task.title }) : ''}
      okText={action ? t(`tasks.actions.${action}`) : ''}
      cancelText={t('common.back')}
      okButtonProps={okProps}
      onCancel={onClose}
      destroyOnHidden
      data-testid="task-outcome-modal"
    >
      <OutcomeForm key={session} required={action === 'cancel'} onSubmit={submit} />
    </Modal>
  );
}

function OutcomeForm({ required, onSubmit }: { required: boolean; onSubmit: (values: Values, form: FormInstance<Values>) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <Form<Values> id={FORM_ID} form={form} layout="vertical" onFinish={(values) => onSubmit(values, form)} requiredMark={required}>
      <Form.Item
        name="outcome"
        label={t('tasks.outcome')}
        rules={required ? [{ required: true, whitespace: true, message: t('tasks.outcomeRequired') }] : []}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
          showCount
          autoFocus
          placeholder={t(required ? 'tasks.cancelPlaceholder' : 'tasks.outcomePlaceholder')}
          data-testid="task-outcome"
        />
      </Form.Item>
    </Form>
  );
}
