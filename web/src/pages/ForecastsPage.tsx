import { ForecastExplorer } from '../modules/forecasts/ForecastExplorer';

export function ForecastsPage() {
  return <ForecastExplorer />;
}
