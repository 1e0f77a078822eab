import { AimOutlined, DashboardOutlined, FieldTimeOutlined, SwapOutlined } from '@ant-design/icons';
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { KpiCard } from '../../ui/KpiCard';
import { biasTone, COVERAGE_CLASS, coverageTone, MASE_CLASS, type NominalCoverage } from './accuracyTones';
import { formatPercent } from './formatPercent';
import { maseTone } from './modelLabel';
import type { AccuracyFigures } from './types';

/** The headline figures of every scored forecast: WAPE, MASE, bias and both coverages against their targets. */
export function AccuracyKpis({ overall }: { overall: AccuracyFigures }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const count = new Intl.NumberFormat(locale).format(overall.n);
  const mase = maseTone(overall.mase);
  const bias = biasTone(overall.bias);

  const coverageCard = (nominal: NominalCoverage, value: number | null) => {
    const tone = coverageTone(nominal, value);
    return (
      <KpiCard
        title={t(`forecasts.accuracy.coverage${nominal}`)}
        help={t(`forecasts.accuracy.help.coverage${nominal}`)}
        icon={<AimOutlined />}
        value={
          <span className={COVERAGE_CLASS[tone]} data-testid={`accuracy-coverage${nominal}`} data-tone={tone}>
            {formatPercent(value, locale)}
          </span>
        }
        footer={
          <span className="kpi-card__note">
            {t(`forecasts.accuracy.target${nominal}`)}
            {tone !== 'none' ? ` · ${t(`forecasts.accuracy.coverageTones.${tone}`)}` : ''}
          </span>
        }
      />
    );
  };

  return (
    <Row gutter={[16, 16]} data-testid="accuracy-kpis">
      <Col flex="1 1 200px">
        <KpiCard
          title={t('forecasts.accuracy.wape')}
          help={t('forecasts.accuracy.help.wape')}
          icon={<DashboardOutlined />}
          value={<span data-testid="accuracy-wape">{formatPercent(overall.wape, locale)}</span>}
          footer={<span className="kpi-card__note">{t('forecasts.accuracy.periodsScored', { n: count })}</span>}
        />
      </Col>
      <Col flex="1 1 200px">
        <KpiCard
          title={t('forecasts.accuracy.mase')}
          help={t('forecasts.accuracy.help.mase')}
          icon={<FieldTimeOutlined />}
          value={<span className={MASE_CLASS[mase]}>{overall.mase === null ? '—' : overall.mase.toFixed(2)}</span>}
          footer={mase !== 'none' ? <span className="kpi-card__note">{t(`forecasts.tones.${mase}`)}</span> : null}
        />
      </Col>
      <Col flex="1 1 200px">
        <KpiCard
          title={t('forecasts.accuracy.bias')}
          help={t('forecasts.accuracy.help.bias')}
          icon={<SwapOutlined />}
          value={formatPercent(overall.bias, locale, { signed: true })}
          footer={bias !== 'none' ? <span className="kpi-card__note">{t(`forecasts.accuracy.biasTones.${bias}`)}</span> : null}
        />
      </Col>
      <Col flex="1 1 200px">{coverageCard(80, overall.coverage80)}</Col>
      <Col flex="1 1 200px">{coverageCard(95, overall.coverage95)}</Col>
    </Row>
  );
}
