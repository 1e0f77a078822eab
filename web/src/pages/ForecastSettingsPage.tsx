import { ForecastAlertRules } from '../modules/forecasts/ForecastAlertRules';

export function ForecastSettingsPage() {
  return <ForecastAlertRules />;
}
