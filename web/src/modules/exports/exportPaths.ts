import type { ExportObject } from './types';

/** The list path of each exportable object; the export is `<path>/export`. */
export const exportPaths: Record<ExportObject, string> = {
  customer: '/customers',
  order: '/orders',
  product: '/products',
  opportunity: '/opportunities',
  visit: '/visits',
  quote: '/quotes',
};
