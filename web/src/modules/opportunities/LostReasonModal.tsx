import { Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';

type LostReasonModalProps = {
  /** Name of the opportunity being closed as lost; null when closed. */
  name: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
};

/** Asks why a deal was lost (the server requires `lost_reason` for the lost stage). */
export function LostReasonModal({ name, onConfirm, onCancel }: LostReasonModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const okProps: ButtonProps & { 'data-testid': string } = {
    danger: true,
    htmlType: 'submit',
    form: 'lost-reason-form',
    'data-testid': 'lost-confirm',
  };
  return (
    <Modal
      open={name !== null}
      title={t('opportunities.lostTitle', { name: name ?? '' })}
      okText={t('opportunities.markLost')}
      okButtonProps={okProps}
      cancelText={t('common.cancel')}
      onCancel={() => {
        form.resetFields();
        onCancel();
      }}
      forceRender
      data-testid="lost-modal"
    >
      <Typography.Paragraph type="secondary">{t('opportunities.lostHint')}</Typography.Paragraph>
      <Form
        id="lost-reason-form"
        form={form}
        layout="vertical"
        onFinish={(values) => {
          form.resetFields();
          onConfirm(values.reason.trim());
        }}
      >
        <Form.Item
          name="reason"
          label={t('opportunities.lostReason')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount autoFocus placeholder={t('opportunities.lostReasonPlaceholder')} data-testid="lost-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
