import { ArrowRightOutlined } from '@ant-design/icons';
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { OpportunityStageTag } from './OpportunityStageTag';
import type { StageChange } from './types';

/** Who moved the deal from which stage to which, and when — newest first. */
export function OpportunityStageHistory({ history }: { history: StageChange[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (history.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opportunities.noHistory')} />;
  const items = [...history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline
      data-testid="opportunity-history"
      items={items.map((change, i) => ({
        key: `${change.at}-${i}`,
        color: i === 0 ? 'blue' : 'gray',
        content: (
          <div className="status-change">
            <div className="status-change__stages">
              {change.from_stage ? (
                <>
                  <OpportunityStageTag stage={change.from_stage} />
                  <ArrowRightOutlined className="status-change__arrow" />
                </>
              ) : null}
              <OpportunityStageTag stage={change.to_stage} />
            </div>
            <Typography.Text type="secondary" className="status-change__meta status-change__meta--block">
              {!change.actor_name || change.actor_name === 'system' ? t('audit.system') : change.actor_name} ·{' '}
              <span className="num">{formatDateTime(change.at)}</span>
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
