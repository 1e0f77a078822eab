import { driverLabel } from './driverLabel';
import type { Translate } from './modelLabel';
import type { ForecastDriver } from './types';

/** One line of the drivers list. */
export type DriverRow = {
  feature: string;
  /** The feature in the UI language. */
  label: string;
  contribution: number;
  /** Whether it pushes the forecast up or down. */
  direction: 'up' | 'down';
  /** Its size against the largest driver's, 0..100 (the bar's length). */
  bar: number;
};

/** The drivers labelled and scaled for a bar list, largest effect first; non-numbers are left out. */
export function driverRows(drivers: readonly ForecastDriver[], t: Translate): DriverRow[] {
  const usable = drivers.filter((d) => Number.isFinite(d.contribution));
  const largest = Math.max(0, ...usable.map((d) => Math.abs(d.contribution)));
  return [...usable]
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .map((d) => ({
      feature: d.feature,
      label: driverLabel(d.feature, t),
      contribution: d.contribution,
      direction: d.contribution < 0 ? 'down' : 'up',
      bar: largest > 0 ? (Math.abs(d.contribution) / largest) * 100 : 0,
    }));
}
