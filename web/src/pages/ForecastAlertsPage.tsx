import { ForecastAlertBoard } from '../modules/forecasts/ForecastAlertBoard';

export function ForecastAlertsPage() {
  return <ForecastAlertBoard />;
}
