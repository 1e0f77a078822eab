import type { NotificationPreference } from './types';

/** The kinds in the order the settings list them; kinds the server adds later follow, as it sends them. */
export const NOTIFICATION_KINDS = ['approval', 'task', 'message', 'forecast_alert', 'rule', 'org', 'account', 'security'];

/** The preferences in settings order, with a switch's value changed (optimistically) where asked. */
export function orderPreferences(items: readonly NotificationPreference[], pending: Record<string, boolean> = {}): NotificationPreference[] {
  const rank = (kind: string) => {
    const i = NOTIFICATION_KINDS.indexOf(kind);
    return i < 0 ? NOTIFICATION_KINDS.length : i;
  };
  return items
    .map((p, index) => ({ p: p.kind in pending && !p.locked ? { ...p, enabled: pending[p.kind] } : p, index }))
    .sort((a, b) => rank(a.p.kind) - rank(b.p.kind) || a.index - b.index)
    .map(({ p }) => p);
}
