import { useEffect, useState } from 'react';

/**
 * The distinct values of `field` met so far in the loaded pages, sorted; used to offer
 * filter choices where the API has no list of its own.
 */
export function useSeenValues<T extends object>(rows: readonly T[] | undefined, field: keyof T): string[] {
  const [seen, setSeen] = useState<string[]>([]);
  useEffect(() => {
    if (!rows?.length) return;
    setSeen((prev) => {
      const next = new Set(prev);
      for (const row of rows) {
        const value = row[field];
        if (typeof value === 'string' && value) next.add(value);
      }
      return next.size === prev.length ? prev : [...next].sort((a, b) => a.localeCompare(b));
    });
  }, [rows, field]);
  return seen;
}
