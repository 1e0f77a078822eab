import type { ViewFields } from '../savedViews/types';

/** The customer filters a saved view keeps (the sort is kept too). */
export const customerViewFields: ViewFields = {
  q: 'string',
  status: 'string',
  grade: 'string',
  segment: 'string',
  channel: 'string',
  zone_id: 'string',
  owner_id: 'string',
};
