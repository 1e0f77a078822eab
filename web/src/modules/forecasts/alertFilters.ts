import type { AlertStatus, ForecastAlert } from './types';

export type AlertTab = AlertStatus | 'all';
export const ALERT_TABS: AlertTab[] = ['open', 'acknowledged', 'resolved', 'all'];

/** The tab in the address, or "open". */
export function parseAlertTab(value: string | null): AlertTab {
  return ALERT_TABS.find((tab) => tab === value) ?? 'open';
}

/** How many alerts each status tab holds. */
export function countAlerts(alerts: readonly Pick<ForecastAlert, 'status'>[]): Record<AlertTab, number> {
  const counts: Record<AlertTab, number> = { open: 0, acknowledged: 0, resolved: 0, all: alerts.length };
  for (const alert of alerts) if (alert.status in counts) counts[alert.status] += 1;
  return counts;
}

export function filterAlerts<T extends Pick<ForecastAlert, 'status'>>(alerts: readonly T[], tab: AlertTab): T[] {
  return tab === 'all' ? [...alerts] : alerts.filter((a) => a.status === tab);
}

const DAY_MS = 86_400_000;

/** Days from `first` to `fired` (YYYY-MM-DD), both counted: the length of the streak. */
export function streakDays(first: string, fired: string): number {
  const days = Math.round((Date.parse(`${fired}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS) + 1;
  return Number.isFinite(days) && days > 0 ? days : 1;
}

/** What can still happen to an alert: open → acknowledged → resolved (open → resolved too). */
export function alertActions(status: AlertStatus): ('acknowledge' | 'resolve')[] {
  if (status === 'open') return ['acknowledge', 'resolve'];
  return status === 'acknowledged' ? ['resolve'] : [];
}
