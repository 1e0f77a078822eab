import { describe, expect, it } from 'vitest';
import { ANY_CHANNEL, priceListForm } from './priceListForm';
import { priceListScope } from './priceListScope';
import type { PriceList } from './types';

const list: PriceList = {
  id: '9',
  name: '经销商价',
  channel: 'distributor',
  zone_id: null,
  currency: 'CNY',
  active: true,
  version: 3,
  item_count: 2,
  items: [
    { product_id: 'p1', product_code: 'FUR-1', product_name: 'Chair', price: 12345 },
    { product_id: 'p2', product_code: 'OFF-2', product_name: 'Paper', price: 1999 },
  ],
};

describe('priceListForm', () => {
  it('shows prices in yuan and "any" for a null channel', () => {
    const values = priceListForm.values({ ...list, channel: null });
    expect(values.channel).toBe(ANY_CHANNEL);
    expect(values.items.map((i) => i.price)).toEqual([123.45, 19.99]);
    expect(priceListForm.values(null)).toEqual({ name: '', channel: ANY_CHANNEL, zone_id: null, active: true, items: [] });
  });

  it('builds a create body in minor units with nulls for "any"', () => {
    expect(
      priceListForm.createInput({
        name: ' 线上价 ',
        channel: ANY_CHANNEL,
        zone_id: null,
        active: false,
        items: [{ key: 'a', product_id: 'p1', price: 19.99 }],
      }),
    ).toEqual({ name: '线上价', channel: null, zone_id: null, active: false, items: [{ product_id: 'p1', price: 1999 }] });
  });

  it('patches only what changed; items replace all when any item changed', () => {
    const values = priceListForm.values(list);
    expect(priceListForm.patchInput(list, values)).toEqual({ version: 3 });
    expect(priceListForm.patchInput(list, { ...values, name: '新名', zone_id: 'z1' })).toEqual({ version: 3, name: '新名', zone_id: 'z1' });
    const repriced = { ...values, items: values.items.map((i, n) => (n === 1 ? { ...i, price: 18 } : i)) };
    expect(priceListForm.patchInput(list, repriced)).toEqual({
      version: 3,
      items: [
        { product_id: 'p1', price: 12345 },
        { product_id: 'p2', price: 1800 },
      ],
    });
    expect(priceListForm.patchInput(list, { ...values, channel: ANY_CHANNEL }).channel).toBeNull();
  });

  it('finds rows without a product or price, and repeated products', () => {
    expect(
      priceListForm.problems([
        { key: 'a', product_id: 'p1', price: 1 },
        { key: 'b', price: 2 },
        { key: 'c', product_id: 'p1', price: null },
        { key: 'd', product_id: 'p2', price: -1 },
        { key: 'e', product_id: 'p3', price: 0 },
      ]),
    ).toEqual({ noProduct: [1], noPrice: [2, 3], duplicate: [2] });
  });
});

describe('priceListScope', () => {
  it('names how specific a list is', () => {
    expect(priceListScope({ channel: 'direct', zone_id: 'z' })).toBe('channelZone');
    expect(priceListScope({ channel: null, zone_id: 'z' })).toBe('zone');
    expect(priceListScope({ channel: 'online', zone_id: null })).toBe('channel');
    expect(priceListScope({ channel: null, zone_id: null })).toBe('general');
  });
});
