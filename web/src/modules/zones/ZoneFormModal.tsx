import { App, Form, Input, Modal, Tag, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpenSession } from '../../ui/useOpenSession';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { UserSelect } from '../users/UserSelect';
import type { Zone, ZoneKind } from './types';
import { useZoneMutations } from './useZoneMutations';

export type ZoneFormTarget =
  | { mode: 'create'; parent: Zone | null; kind: ZoneKind }
  | { mode: 'edit'; zone: Zone };

type ZoneFormModalProps = { target: ZoneFormTarget | null; onClose: () => void; onSaved: (zone: Zone) => void };
type Values = { name: string; code: string; manager_id: string | null };

const FORM_ID = 'zone-form';

/** Creates a child node or edits one: name, code and manager. */
export function ZoneFormModal({ target, onClose, onSaved }: ZoneFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const { create, update } = useZoneMutations();
  const session = useOpenSession(!!target, target);

  const editing = target?.mode === 'edit' ? target.zone : null;
  const kind = target ? (target.mode === 'edit' ? target.zone.kind : target.kind) : 'zone';

  const handleSubmit = (values: Values, form: FormInstance<Values>) => {
    if (!target) return;
    const callbacks = {
      onSuccess: (zone: Zone) => {
        message.success(t('common.saved'));
        onSaved(zone);
        onClose();
      },
      onError: (error: Error) =>
        handleError(error, { form, conflictMessage: target.mode === 'edit' ? t('errors.conflict') : undefined }),
    };
    const fields = { name: values.name.trim(), code: values.code.trim(), manager_id: values.manager_id ?? null };
    if (target.mode === 'edit') {
      update.mutate({ id: target.zone.id, input: { version: target.zone.version, ...fields } }, callbacks);
    } else {
      create.mutate({ parent_id: target.parent?.id ?? null, kind: target.kind, ...fields }, callbacks);
    }
  };

  const title = editing
    ? t('org.editTitle', { name: editing.name })
    : target?.mode === 'create' && target.parent
      ? t('org.createChildTitle', { parent: target.parent.name })
      : t('org.createRootTitle');

  return (
    <Modal
      open={!!target}
      title={title}
      okText={editing ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID, loading: create.isPending || update.isPending }}
      onCancel={onClose}
      destroyOnHidden
    >
      <ZoneForm key={session} kind={kind} zone={editing} onSubmit={handleSubmit} />
    </Modal>
  );
}

type ZoneFormProps = {
  kind: ZoneKind;
  zone: Zone | null;
  onSubmit: (values: Values, form: FormInstance<Values>) => void;
};

function ZoneForm({ kind, zone, onSubmit }: ZoneFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <Form<Values>
      id={FORM_ID}
      form={form}
      layout="vertical"
      onFinish={(values) => onSubmit(values, form)}
      initialValues={
        zone ? { name: zone.name, code: zone.code, manager_id: zone.manager_id } : { name: '', code: '', manager_id: null }
      }
    >
      <Form.Item label={t('org.kind')}>
        <Tag>{t(`org.kinds.${kind}`)}</Tag>
      </Form.Item>
      <Form.Item name="name" label={t('org.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input data-testid="zone-name" />
      </Form.Item>
      <Form.Item name="code" label={t('org.code')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input data-testid="zone-code" />
      </Form.Item>
      <Form.Item name="manager_id" label={t('org.manager')}>
        <UserSelect allowClear placeholder={t('org.managerPlaceholder')} currentLabel={zone?.manager_name} />
      </Form.Item>
    </Form>
  );
}
