/** `product` as the API returns it (docs/api.md, "Products"); money in minor units. */
export type Product = {
  id: string;
  code: string;
  name: string;
  product_line: string | null;
  category: string | null;
  sub_category: string | null;
  list_price: number;
  /** Absent when hidden from the caller's role. */
  cost_price?: number | null;
  currency: string;
  unit: string | null;
  active: boolean;
  version: number;
};

export type ProductFilters = {
  q?: string;
  product_line?: string;
  category?: string;
  active?: boolean;
  sort?: string;
  limit: number;
  offset: number;
};
