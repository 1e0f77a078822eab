import { Button, Descriptions, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDate } from '../auth/useFormatDate';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import type { Visit } from './types';
import { VisitActions } from './VisitActions';
import { VisitStatusTag } from './VisitStatusTag';

type VisitDetailModalProps = {
  visit: Visit | null;
  /** The user may check in and cancel. */
  editable: boolean;
  onCheckIn: (visit: Visit) => void;
  onClose: () => void;
};

/** Everything about one visit, with check-in and cancel while it is planned. */
export function VisitDetailModal({ visit, editable, onCheckIn, onClose }: VisitDetailModalProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const formatDate = useFormatDate();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Modal
      open={visit !== null}
      title={
        visit ? (
          <Flex align="center" gap={8}>
            {t('visits.detailTitle')}
            <VisitStatusTag status={visit.status} />
          </Flex>
        ) : null
      }
      onCancel={onClose}
      width={560}
      footer={
        <Flex justify="space-between" align="center">
          <span>{visit && editable ? <VisitActions visit={visit} size="middle" onCheckIn={onCheckIn} onCancelled={onClose} /> : null}</span>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Flex>
      }
    >
      {visit ? (
        <Descriptions column={1} size="small" className="visit-details" data-testid="visit-details">
          <Descriptions.Item label={t('visits.customer')}>
            <Link to={`/customers/${visit.customer_id}`} onClick={onClose}>
              {visit.customer_name}
            </Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('visits.plannedAt')}>
            <span className="num">{formatDateTime(visit.planned_at)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('visits.purpose')}>{visit.purpose}</Descriptions.Item>
          <Descriptions.Item label={t('visits.actualAt')}>
            {visit.actual_at ? <span className="num">{formatDateTime(visit.actual_at)}</span> : dash}
          </Descriptions.Item>
          {visit.status === 'done' ? (
            <Descriptions.Item label={t('visits.position')}>
              {visit.checkin_latitude !== null && visit.checkin_longitude !== null ? (
                <span className="num">
                  {visit.checkin_latitude.toFixed(5)}, {visit.checkin_longitude.toFixed(5)}
                </span>
              ) : (
                dash
              )}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('visits.outcome')}>{visit.outcome || dash}</Descriptions.Item>
          <Descriptions.Item label={t('visits.nextStep')}>{visit.next_step || dash}</Descriptions.Item>
          <Descriptions.Item label={t('visits.followUpDate')}>
            {visit.follow_up_date ? <span className="num">{formatDate(visit.follow_up_date.slice(0, 10))}</span> : dash}
          </Descriptions.Item>
          <Descriptions.Item label={t('visits.owner')}>{visit.owner_name || dash}</Descriptions.Item>
        </Descriptions>
      ) : null}
    </Modal>
  );
}
