import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { Visit } from './types';
import { useVisitMutations } from './useVisitMutations';

type VisitActionsProps = {
  visit: Visit;
  onCheckIn: (visit: Visit) => void;
  size?: 'small' | 'middle';
  /** Called after the visit was cancelled. */
  onCancelled?: () => void;
};

/** Check in and cancel, for a planned visit (nothing for done or cancelled ones). */
export function VisitActions({ visit, onCheckIn, size = 'small', onCancelled }: VisitActionsProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const { update } = useVisitMutations();
  if (visit.status !== 'planned') return null;

  const confirmCancel = () =>
    modal.confirm({
      title: t('visits.cancelConfirm', { customer: visit.customer_name }),
      okText: t('visits.cancelVisit'),
      okButtonProps: { danger: true },
      cancelText: t('visits.keepVisit'),
      onOk: () =>
        update
          .mutateAsync({ id: visit.id, input: { version: visit.version, status: 'cancelled' } })
          .then(() => {
            message.success(t('visits.cancelled'));
            onCancelled?.();
          })
          .catch((error: unknown) => {
            if (isApiError(error) && error.status === 409) message.error(describeApiError(error, t));
            else handleError(error);
          }),
    });

  return (
    <Space size={4} onClick={(e) => e.stopPropagation()}>
      <Button
        size={size}
        type="primary"
        ghost
        icon={<CheckCircleOutlined />}
        onClick={() => onCheckIn(visit)}
        data-testid="visit-checkin"
      >
        {t('visits.checkIn')}
      </Button>
      <Button size={size} type="text" danger icon={<StopOutlined />} onClick={confirmCancel} data-testid="visit-cancel">
        {t('visits.cancelVisit')}
      </Button>
    </Space>
  );
}
