import { Input, Modal, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertAction } from './useMoveForecastAlert';

type AlertActionModalProps = {
  /** The action asked for; null when closed. */
  action: AlertAction | null;
  saving: boolean;
  onCancel: () => void;
  onConfirm: (note: string) => void;
};

/** Acknowledge or resolve an alert, with an optional note for whoever looks next. */
export function AlertActionModal({ action, saving, onCancel, onConfirm }: AlertActionModalProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const okProps: ButtonProps & { 'data-testid': string } = { 'data-testid': 'alert-action-confirm' };
  return (
    <Modal
      open={action !== null}
      title={action ? t(`forecasts.alerts.actions.${action}Title`) : ''}
      okText={action ? t(`forecasts.alerts.actions.${action}`) : ''}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => onConfirm(note)}
      onCancel={onCancel}
      afterClose={() => setNote('')}
      destroyOnHidden
      okButtonProps={okProps}
      data-testid="alert-action-modal"
    >
      <Typography.Paragraph type="secondary">{action ? t(`forecasts.alerts.actions.${action}Help`) : ''}</Typography.Paragraph>
      <Input.TextArea
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder={t('forecasts.alerts.actions.notePlaceholder')}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={2000}
        showCount
        data-testid="alert-action-note"
      />
    </Modal>
  );
}
