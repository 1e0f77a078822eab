/** One product's price in a list; money in minor units. */
export type PriceListItem = {
  product_id: string;
  product_code: string;
  product_name: string;
  price: number;
};

/** `price list` as the API returns it (docs/api.md, "Price lists"); `items` only on GET by id and writes. */
export type PriceList = {
  id: string;
  name: string;
  /** null: any channel. */
  channel: string | null;
  /** A zone (kind "zone"), or null: any zone. */
  zone_id: string | null;
  currency: string;
  active: boolean;
  version: number;
  item_count: number;
  items: PriceListItem[];
};

export type PriceListItemInput = { product_id: string; price: number };

export type PriceListInput = {
  name: string;
  channel: string | null;
  zone_id: string | null;
  active: boolean;
  items: PriceListItemInput[];
};

/** Only what changed; `items`, when present, replace all the list's items. */
export type PriceListPatchInput = Partial<PriceListInput> & { version: number };
