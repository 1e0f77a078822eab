import { App, Button, Input, Modal, Space, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { nextStatuses } from './orderStatus';
import type { Order } from './types';
import { useOrderStatusMutation } from './useOrderStatusMutation';

/** One button per allowed next status; each asks for an optional note, then posts with the version. */
export function OrderStatusActions({ order }: { order: Order }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const mutation = useOrderStatusMutation(order.id);
  const [target, setTarget] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const next = nextStatuses(order.status);
  if (next.length === 0) return null;

  const okProps: ButtonProps & { 'data-testid': string } = {
    danger: target === 'cancelled',
    loading: mutation.isPending,
    'data-testid': 'order-status-confirm',
  };
  const statusLabel = (s: string) => t(`orders.statuses.${s}`, { defaultValue: s });
  const close = () => {
    setTarget(null);
    setNote('');
  };

  const handleConfirm = () => {
    if (!target) return;
    mutation.mutate(
      { status: target, version: order.version, note: note.trim() || undefined },
      {
        onSuccess: () => {
          message.success(t('orders.statusChanged', { status: statusLabel(target) }));
          close();
        },
        onError: (error) => {
          close();
          // The server says why the move is refused (illegal transition, stale version…).
          if (isApiError(error) && error.status === 409) {
            modal.error({ title: t('orders.statusConflict'), content: describeApiError(error, t) });
            return;
          }
          handleError(error);
        },
      },
    );
  };

  return (
    <>
      <Space wrap>
        {next.map((s) => (
          <Button
            key={s}
            type={s === 'cancelled' ? 'default' : 'primary'}
            danger={s === 'cancelled'}
            onClick={() => setTarget(s)}
            data-testid={`order-to-${s}`}
          >
            {s === 'cancelled' ? t('orders.cancelOrder') : t('orders.moveTo', { status: statusLabel(s) })}
          </Button>
        ))}
      </Space>
      <Modal
        open={target !== null}
        title={target ? t('orders.moveTitle', { number: order.number, status: statusLabel(target) }) : ''}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={okProps}
        onOk={handleConfirm}
        onCancel={close}
        destroyOnHidden
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          placeholder={t('orders.notePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Modal>
    </>
  );
}
