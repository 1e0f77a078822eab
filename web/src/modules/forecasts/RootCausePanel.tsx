import { Card, Col, Empty, Progress, Row, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { formatPercent } from './formatPercent';
import { rootCauseRows } from './rootCauseRows';
import type { AlertDirection, ForecastAlertDetail } from './types';

const BAR_COLORS: Record<AlertDirection, string> = { above: '#fa8c16', below: '#f5222d' };

type RootCausePanelProps = {
  rootCause: ForecastAlertDetail['root_cause'];
  direction: AlertDirection;
};

/**
 * Where the gap came from: per dimension the series does not fix, its members ranked by
 * their share of the gap, each with its own gap in money and the share as a bar.
 */
export function RootCausePanel({ rootCause, direction }: RootCausePanelProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const formatMoney = useFormatMoney();
  const money = (minor: number) => formatMoney(minor, null, { whole: true });
  const signedMoney = (minor: number) => (minor > 0 ? `+${money(minor)}` : money(minor));

  if (rootCause.by.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('forecasts.alerts.rootCause.none')} />;
  }
  return (
    <Row gutter={[12, 12]} data-testid="alert-root-cause">
      {rootCause.by.map(({ dimension, children }) => (
        <Col key={dimension} xs={24} md={12}>
          <Card
            size="small"
            className="root-cause"
            title={t(`forecasts.alerts.dimensions.${dimension}`, { defaultValue: dimension })}
            extra={<span className="chart-card__note">{t('forecasts.alerts.rootCause.shareHeader')}</span>}
            data-testid={`root-cause-${dimension}`}
          >
            <ol className="root-cause__list">
              {rootCauseRows(dimension, children, t).map((row, i) => (
                <li key={row.key} className="root-cause__row">
                  <div className="root-cause__head">
                    <span className="root-cause__rank num">{i + 1}</span>
                    <Tooltip
                      title={t('forecasts.alerts.rootCause.detail', { actual: money(row.actual), expected: money(row.expected) })}
                    >
                      <Typography.Text className="root-cause__label" ellipsis>
                        {row.label}
                      </Typography.Text>
                    </Tooltip>
                    <span className={`root-cause__gap num alert-gap alert-gap--${row.gap >= 0 ? 'above' : 'below'}`}>
                      {signedMoney(row.gap)}
                    </span>
                  </div>
                  <Progress
                    percent={row.bar}
                    status="normal"
                    size="small"
                    strokeColor={BAR_COLORS[direction]}
                    format={() => formatPercent(row.sharePct, locale)}
                    className="root-cause__bar"
                  />
                </li>
              ))}
            </ol>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
