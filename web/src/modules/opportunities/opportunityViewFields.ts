import type { ViewFields } from '../savedViews/types';

/** The opportunity filters a saved view keeps (the list's sort is kept too). */
export const opportunityViewFields: ViewFields = {
  q: 'string',
  owner_id: 'string',
  open: 'boolean',
};
