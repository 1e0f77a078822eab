import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/useMe';
import { canOverrideGrade } from './canOverrideGrade';
import { CustomerStatusTag } from './CustomerStatusTag';
import { GradeOverrideModal } from './GradeOverrideModal';
import { GradeTag } from './GradeTag';
import type { Customer } from './types';
import { useCustomerLabels } from './useCustomerLabels';

/** Name, code, grade, status, owner and zone of a customer, with the grade override for managers. */
export function CustomerHeader({ customer, actions }: { customer: Customer; actions?: ReactNode }) {
  const { t } = useTranslation();
  const labels = useCustomerLabels();
  const { data: me } = useMe();
  const [overriding, setOverriding] = useState(false);
  const overridden = !!customer.grade_override_reason;
  const meta = [
    { label: t('customers.owner'), value: customer.owner_name },
    { label: t('customers.zone'), value: customer.zone_name },
    { label: t('customers.segment'), value: labels.segment(customer.segment) },
    { label: t('customers.channel'), value: labels.channel(customer.channel) },
    { label: t('customers.location'), value: [customer.city, customer.state].filter(Boolean).join(', ') },
  ];

  return (
    <Card className="detail-header" data-testid="customer-header">
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div style={{ minWidth: 0, flex: '1 1 480px' }}>
          <Flex align="center" gap={10} wrap>
            <Link to="/customers" aria-label={t('customers.backToList')} className="detail-header__back">
              <ArrowLeftOutlined />
            </Link>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="customer-title">
              {customer.name}
            </Typography.Title>
            <GradeTag
              grade={customer.grade}
              overridden={overridden}
              overrideHint={t('customers.gradeOverriddenHint', {
                grade: customer.grade_computed ?? '—',
                reason: customer.grade_override_reason ?? '',
              })}
            />
            <CustomerStatusTag status={customer.status} />
            <Typography.Text type="secondary" className="num">
              {customer.code}
            </Typography.Text>
          </Flex>
          <Space size={[20, 4]} wrap className="detail-header__meta">
            {meta.map((m) => (
              <span key={m.label}>
                <Typography.Text type="secondary">{m.label}{t('common.colon')}</Typography.Text>
                {m.value || <Typography.Text type="secondary">—</Typography.Text>}
              </span>
            ))}
          </Space>
          {customer.tags?.length ? (
            <div style={{ marginTop: 8 }}>
              {customer.tags.map((tag) => (
                <Tag key={tag}>{tag}</Tag>
              ))}
            </div>
          ) : null}
        </div>
        <Space wrap size={8} className="detail-header__actions">
          {actions}
          {canOverrideGrade(me) ? (
            <Button icon={<EditOutlined />} onClick={() => setOverriding(true)} data-testid="grade-override">
              {t('customers.gradeOverride')}
            </Button>
          ) : null}
        </Space>
      </Flex>
      <GradeOverrideModal customer={customer} open={overriding} onClose={() => setOverriding(false)} />
    </Card>
  );
}
