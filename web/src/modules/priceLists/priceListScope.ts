import type { PriceList } from './types';

/** How specific a list is; a quote uses the most specific active list that fits the customer. */
export type PriceListScope = 'channelZone' | 'zone' | 'channel' | 'general';

export function priceListScope(list: Pick<PriceList, 'channel' | 'zone_id'>): PriceListScope {
  if (list.channel && list.zone_id) return 'channelZone';
  if (list.zone_id) return 'zone';
  if (list.channel) return 'channel';
  return 'general';
}
