import { Button, Card, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { RuleDesignerBody } from './RuleDesignerBody';
import { useRule } from './useRule';

/**
 * `/settings/rules/:id` and `/settings/rules/new`: the rule as a flow to edit, its saved
 * versions, its run log and a test run. A fresh editor for every saved version.
 */
export function RuleDesigner({ id }: { id?: string }) {
  const { t } = useTranslation();
  const query = useRule(id);
  if (id && query.error && !query.data) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'warning'}
        title={notFound ? t('rules.notFound') : t('errors.loadFailed')}
        subTitle={notFound || !isApiError(query.error) ? undefined : describeApiError(query.error, t)}
        extra={
          <Link to="/settings/rules">
            <Button type="primary">{t('rules.backToList')}</Button>
          </Link>
        }
      />
    );
  }
  if (id && !query.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  }
  const rule = query.data;
  return <RuleDesignerBody key={rule ? `${rule.id}-${rule.version}` : 'new'} rule={rule} />;
}
