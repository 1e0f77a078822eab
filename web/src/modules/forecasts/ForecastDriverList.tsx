import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { driverRows } from './driverRows';
import type { ForecastDriver } from './types';

type ForecastDriverListProps = {
  drivers: readonly ForecastDriver[];
  testId?: string;
};

/**
 * The global model's top features for a forecast as bars either side of zero: right
 * (blue) pushes the forecast up, left (orange) pulls it down. Nothing when there are none.
 */
export function ForecastDriverList({ drivers, testId }: ForecastDriverListProps) {
  const { t, i18n } = useTranslation();
  const rows = driverRows(drivers, t);
  if (rows.length === 0) return null;
  const number = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  return (
    <div className="driver-list" data-testid={testId}>
      <ol className="driver-list__rows">
        {rows.map((row) => (
          <li key={row.feature} className="driver-list__row" data-feature={row.feature} data-direction={row.direction}>
            <Typography.Text className="driver-list__label" ellipsis={{ tooltip: row.label }}>
              {row.label}
            </Typography.Text>
            <span
              className="driver-list__track"
              role="img"
              aria-label={t(row.direction === 'up' ? 'forecasts.drivers.up' : 'forecasts.drivers.down')}
            >
              <span className={`driver-list__bar driver-list__bar--${row.direction}`} style={{ width: `${row.bar / 2}%` }} />
            </span>
            <span className={`driver-list__value num driver-list__value--${row.direction}`}>{number.format(row.contribution)}</span>
          </li>
        ))}
      </ol>
      <div className="driver-list__legend">
        <span>
          <span className="driver-list__swatch driver-list__swatch--down" />
          {t('forecasts.drivers.down')}
        </span>
        <span>
          <span className="driver-list__swatch driver-list__swatch--up" />
          {t('forecasts.drivers.up')}
        </span>
      </div>
    </div>
  );
}
