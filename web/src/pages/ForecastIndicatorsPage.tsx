import { ForecastIndicators } from '../modules/forecasts/ForecastIndicators';

export function ForecastIndicatorsPage() {
  return <ForecastIndicators />;
}
