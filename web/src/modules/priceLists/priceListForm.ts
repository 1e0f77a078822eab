import { fromMinorUnits, toMinorUnits } from '../../ui/formatMoney';
import type { PriceList, PriceListInput, PriceListItemInput, PriceListPatchInput } from './types';

/** The channel select's value for "any channel" (the API's null). */
export const ANY_CHANNEL = 'any';

/** One editable row of the items table; the price in yuan as typed. */
export type ItemDraft = {
  key: string;
  product_id?: string;
  product_name?: string;
  product_code?: string;
  price?: number | null;
};

export type PriceListFormValues = {
  name: string;
  channel: string;
  zone_id: string | null;
  active: boolean;
  items: ItemDraft[];
};

/** Row numbers (0-based) with something to fix. */
export type ItemProblems = { noProduct: number[]; noPrice: number[]; duplicate: number[] };

let nextKey = 0;
export function newItemKey(): string {
  nextKey += 1;
  return `item-${nextKey}`;
}

/**
 * Form values ↔ API bodies for a price list. Prices are integer minor units on the
 * wire and yuan in the form.
 */
export const priceListForm = {
  values(list: PriceList | null): PriceListFormValues {
    if (!list) return { name: '', channel: ANY_CHANNEL, zone_id: null, active: true, items: [] };
    return {
      name: list.name,
      channel: list.channel ?? ANY_CHANNEL,
      zone_id: list.zone_id,
      active: list.active,
      items: list.items.map((item) => ({
        key: newItemKey(),
        product_id: item.product_id,
        product_name: item.product_name,
        product_code: item.product_code,
        price: fromMinorUnits(item.price, list.currency),
      })),
    };
  },

  problems(items: ItemDraft[]): ItemProblems {
    const problems: ItemProblems = { noProduct: [], noPrice: [], duplicate: [] };
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (!item.product_id) problems.noProduct.push(i);
      else if (seen.has(item.product_id)) problems.duplicate.push(i);
      else seen.add(item.product_id);
      if (item.price === undefined || item.price === null || !Number.isFinite(item.price) || item.price < 0) problems.noPrice.push(i);
    });
    return problems;
  },

  items(items: ItemDraft[], currency = 'CNY'): PriceListItemInput[] {
    return items
      .filter((item): item is ItemDraft & { product_id: string; price: number } => !!item.product_id && typeof item.price === 'number')
      .map((item) => ({ product_id: item.product_id, price: toMinorUnits(item.price, currency) }));
  },

  createInput(values: PriceListFormValues): PriceListInput {
    return {
      name: values.name.trim(),
      channel: values.channel === ANY_CHANNEL ? null : values.channel,
      zone_id: values.zone_id || null,
      active: values.active,
      items: priceListForm.items(values.items),
    };
  },

  /** Only the fields that changed, plus the version the edit started from. */
  patchInput(list: PriceList, values: PriceListFormValues): PriceListPatchInput {
    const next = priceListForm.createInput(values);
    const before = priceListForm.createInput(priceListForm.values(list));
    const patch: PriceListPatchInput = { version: list.version };
    if (next.name !== before.name) patch.name = next.name;
    if (next.channel !== before.channel) patch.channel = next.channel;
    if (next.zone_id !== before.zone_id) patch.zone_id = next.zone_id;
    if (next.active !== before.active) patch.active = next.active;
    const sameItems =
      next.items.length === before.items.length &&
      next.items.every((item, i) => item.product_id === before.items[i].product_id && item.price === before.items[i].price);
    if (!sameItems) patch.items = next.items;
    return patch;
  },
};
