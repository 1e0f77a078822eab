import { ForecastAccuracyBoard } from '../modules/forecasts/ForecastAccuracyBoard';

export function ForecastAccuracyPage() {
  return <ForecastAccuracyBoard />;
}
