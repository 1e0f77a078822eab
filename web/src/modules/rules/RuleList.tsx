import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageContainer } from '../../ui/PageContainer';
import { ApprovalChainCard } from '../approvalChains/ApprovalChainCard';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { RuleTable } from './RuleTable';
import { useRules } from './useRules';

/** `/settings/rules`: the workflow rules (shipped and own) and the quote approval chain. */
export function RuleList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const isAdmin = me?.user.role === 'admin';
  const mayCreate = isAdmin || can(me, 'rule', 'create');
  const mayUpdate = isAdmin || can(me, 'rule', 'update');
  const rules = useRules();

  return (
    <PageContainer
      title={t('menu.rules')}
      subtitle={t('rules.subtitle')}
      testId="rules-page"
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={() => void rules.refetch()} aria-label={t('common.refresh')} />
          {mayCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/settings/rules/new')} data-testid="rule-create">
              {t('rules.create')}
            </Button>
          ) : null}
        </>
      }
    >
      <Flex vertical gap={16}>
        <Card title={t('rules.listTitle')} styles={{ body: { padding: 0 } }}>
          {rules.error && !rules.data ? (
            <Alert
              type="error"
              showIcon
              style={{ margin: 16 }}
              title={t('rules.loadFailed')}
              description={isApiError(rules.error) ? describeApiError(rules.error, t) : undefined}
            />
          ) : (
            <RuleTable items={rules.data?.items ?? []} loading={rules.isLoading} editable={mayUpdate} onOpen={(id) => void navigate(`/settings/rules/${id}`)} />
          )}
        </Card>
        <ApprovalChainCard />
      </Flex>
    </PageContainer>
  );
}
