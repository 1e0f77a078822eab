import { useMemo } from 'react';
import { useProducts } from './useProducts';

/**
 * Product lines to offer as choices (the API has no list of its own): those of the first
 * 200 products plus `extra` (e.g. lines already used), sorted.
 */
export function useProductLines(extra: readonly string[] = []): string[] {
  const products = useProducts({ limit: 200, offset: 0, sort: 'product_line' });
  const key = extra.join('\u0000');
  return useMemo(() => {
    const seen = new Set<string>(key ? key.split('\u0000') : []);
    for (const p of products.data?.items ?? []) if (p.product_line) seen.add(p.product_line);
    seen.delete('');
    return [...seen].sort((a, b) => a.localeCompare(b));
  }, [products.data, key]);
}
