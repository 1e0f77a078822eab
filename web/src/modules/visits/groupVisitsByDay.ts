import { dayKey } from './dayKey';
import type { Visit } from './types';

/** Visits per calendar day (`YYYY-MM-DD` in `timeZone`), each day in planned-time order. */
export function groupVisitsByDay(visits: readonly Visit[], timeZone?: string | null): Map<string, Visit[]> {
  const days = new Map<string, Visit[]>();
  for (const visit of [...visits].sort((a, b) => a.planned_at.localeCompare(b.planned_at))) {
    const key = dayKey(visit.planned_at, timeZone);
    if (!key) continue;
    days.set(key, [...(days.get(key) ?? []), visit]);
  }
  return days;
}
