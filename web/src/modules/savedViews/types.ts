/** The lists whose views can be saved (the server's `object` values). */
export type SavedViewObject = 'customer' | 'order' | 'opportunity';

export type ViewValue = string | number | boolean;

/** What a view stores as `query`: the list's filters and its sort. */
export type ViewQuery = {
  filters: Record<string, ViewValue>;
  /** `field` or `-field`. */
  sort?: string;
};

/** `saved view` as the API returns it (docs/api.md, "Saved views"); private to its owner. */
export type SavedView = {
  id: string;
  object: SavedViewObject | string;
  name: string;
  /** Whatever the client stored; read it with `viewQuery.parse`. */
  query: unknown;
  is_default: boolean;
  version: number;
};

export type SavedViewCreateInput = {
  object: SavedViewObject;
  name: string;
  query: ViewQuery;
  is_default?: boolean;
};

export type SavedViewPatchInput = {
  version: number;
  name?: string;
  query?: ViewQuery;
  is_default?: boolean;
};

/** Which filter fields a list saves, and the type each must have to be applied. */
export type ViewFields = Record<string, 'string' | 'boolean'>;
