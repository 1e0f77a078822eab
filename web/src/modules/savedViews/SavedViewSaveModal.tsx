import { App, Checkbox, Form, Input, Modal, type ButtonProps, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpenSession } from '../../ui/useOpenSession';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { SavedView, SavedViewObject, ViewQuery } from './types';
import { useSavedViewMutations } from './useSavedViewMutations';

type SavedViewSaveModalProps = {
  open: boolean;
  object: SavedViewObject;
  query: ViewQuery;
  onSaved?: (view: SavedView) => void;
  onClose: () => void;
};

type SaveValues = { name: string; is_default: boolean };

const FORM_ID = 'saved-view-form';

/** "Save current view as…": a name and whether it opens by default. */
export function SavedViewSaveModal({ open, object, query, onSaved, onClose }: SavedViewSaveModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const { create } = useSavedViewMutations(object);
  const session = useOpenSession(open);

  const handleSubmit = (values: SaveValues, form: FormInstance<SaveValues>) =>
    create.mutate(
      { object, name: values.name.trim(), query, is_default: values.is_default },
      {
        onSuccess: (view) => {
          onSaved?.(view);
          message.success(t('savedViews.savedAs', { name: view.name }));
          onClose();
        },
        onError: (error) => handleError(error, { form }),
      },
    );

  const okProps: ButtonProps & { 'data-testid': string } = {
    htmlType: 'submit',
    form: FORM_ID,
    loading: create.isPending,
    'data-testid': 'saved-view-submit',
  };

  return (
    <Modal
      title={t('savedViews.saveTitle')}
      open={open}
      onCancel={onClose}
      okText={t('common.save')}
      okButtonProps={okProps}
      destroyOnHidden
      width={440}
    >
      <SaveForm key={session} onSubmit={handleSubmit} />
    </Modal>
  );
}

function SaveForm({ onSubmit }: { onSubmit: (values: SaveValues, form: FormInstance<SaveValues>) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SaveValues>();
  return (
    <Form<SaveValues>
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={{ name: '', is_default: false }}
      onFinish={(values) => onSubmit(values, form)}
      style={{ marginTop: 16 }}
    >
      <Form.Item
        name="name"
        label={t('savedViews.name')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { max: 60, message: t('savedViews.nameTooLong', { count: 60 }) },
        ]}
      >
        <Input autoFocus placeholder={t('savedViews.namePlaceholder')} data-testid="saved-view-name" />
      </Form.Item>
      <Form.Item name="is_default" valuePropName="checked" extra={t('savedViews.defaultHint')} style={{ marginBottom: 0 }}>
        <Checkbox data-testid="saved-view-default">{t('savedViews.setDefault')}</Checkbox>
      </Form.Item>
    </Form>
  );
}
