import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Flex, Form, Result, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { can } from '../auth/can';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { opportunityFormValues, opportunityPatchInput, type OpportunityFormValues } from './opportunityForm';
import { OpportunityFormFields } from './OpportunityFormFields';
import { OpportunityStageHistory } from './OpportunityStageHistory';
import { OpportunityStageSteps } from './OpportunityStageSteps';
import { OpportunityStageTag } from './OpportunityStageTag';
import type { OpportunityDetail } from './types';
import { useOpportunity } from './useOpportunity';
import { useOpportunityMutations } from './useOpportunityMutations';
import { useOpportunityStages } from './useOpportunityStages';

/** One opportunity: header with amount and stage, the pipeline steps, editable fields and the stage history. */
export function OpportunityDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const formatMoney = useFormatMoney();
  const formatDateTime = useFormatDateTime();
  const query = useOpportunity(id);
  const { data: stages } = useOpportunityStages();
  const o = query.data;

  if (query.error && !o) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'warning'}
        title={notFound ? t('opportunities.notFound') : t('errors.loadFailed')}
        subTitle={notFound || !isApiError(query.error) ? undefined : describeApiError(query.error, t)}
        extra={
          <Link to="/opportunities">
            <Button type="primary">{t('opportunities.backToList')}</Button>
          </Link>
        }
      />
    );
  }
  if (!o) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }

  const canEdit = me?.user.role === 'admin' || can(me, 'opportunity', 'update');
  const dash = <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <div data-testid="opportunity-detail">
      <Card className="detail-header">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div style={{ minWidth: 0 }}>
            <Flex align="center" gap={10} wrap>
              <Link to="/opportunities" aria-label={t('opportunities.backToList')} className="detail-header__back">
                <ArrowLeftOutlined />
              </Link>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="opportunity-title">
                {o.name}
              </Typography.Title>
              <OpportunityStageTag stage={o.stage} />
            </Flex>
            <Typography.Text type="secondary" className="detail-header__sub">
              <Link to={`/customers/${o.customer_id}`}>{o.customer_name}</Link>
              {o.owner_name ? ` · ${o.owner_name}` : ''}
            </Typography.Text>
          </div>
          <Flex vertical align="flex-end" gap={2}>
            <div className="detail-header__amount num" data-testid="opportunity-amount-value">
              {formatMoney(o.amount, o.currency)}
            </div>
            <Typography.Text type="secondary" className="num">
              {t('opportunities.weightedLine', { amount: formatMoney(o.weighted_amount, o.currency), probability: o.probability })}
            </Typography.Text>
          </Flex>
        </Flex>
        {stages ? (
          <div className="detail-header__steps">
            <OpportunityStageSteps stages={stages} current={o.stage} />
          </div>
        ) : null}
      </Card>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={15}>
          <Card title={t('opportunities.details')}>
            <OpportunityEditForm key={`${o.id}-${o.version}`} opportunity={o} editable={canEdit} />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('opportunities.info')}>
            <Descriptions column={1} size="small" className="order-info">
              <Descriptions.Item label={t('opportunities.owner')}>{o.owner_name || dash}</Descriptions.Item>
              <Descriptions.Item label={t('opportunities.closedAt')}>{o.closed_at ? formatDateTime(o.closed_at) : dash}</Descriptions.Item>
              {o.lost_reason ? <Descriptions.Item label={t('opportunities.lostReason')}>{o.lost_reason}</Descriptions.Item> : null}
              <Descriptions.Item label={t('opportunities.createdAt')}>{formatDateTime(o.created_at)}</Descriptions.Item>
              <Descriptions.Item label={t('common.updatedAt')}>{formatDateTime(o.updated_at)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('opportunities.history')} style={{ marginTop: 16 }}>
            <OpportunityStageHistory history={o.history ?? []} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

function OpportunityEditForm({ opportunity, editable }: { opportunity: OpportunityDetail; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const { update } = useOpportunityMutations();
  const [form] = Form.useForm<OpportunityFormValues>();

  const handleFinish = (values: OpportunityFormValues) => {
    const input = opportunityPatchInput(opportunity, values);
    if (Object.keys(input).length === 1) {
      message.info(t('customers.noChanges'));
      return;
    }
    update.mutate(
      { id: opportunity.id, input },
      {
        onSuccess: () => message.success(t('common.saved')),
        onError: (error) => handleError(error, { form, conflictMessage: t('errors.conflict') }),
      },
    );
  };

  return (
    <Form<OpportunityFormValues>
      form={form}
      layout="vertical"
      disabled={!editable}
      initialValues={opportunityFormValues(opportunity)}
      onFinish={handleFinish}
      data-testid="opportunity-form"
    >
      <OpportunityFormFields customerLocked customerLabel={opportunity.customer_name} withStage columns={2} />
      {editable ? (
        <Flex justify="flex-end" gap={8}>
          <Button onClick={() => form.resetFields()}>{t('common.reset')}</Button>
          <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="opportunity-save">
            {t('common.save')}
          </Button>
        </Flex>
      ) : null}
    </Form>
  );
}
