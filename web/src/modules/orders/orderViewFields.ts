import type { ViewFields } from '../savedViews/types';

/** The order filters a saved view keeps (the sort is kept too). */
export const orderViewFields: ViewFields = {
  q: 'string',
  status: 'string',
  channel: 'string',
  from: 'string',
  to: 'string',
};
