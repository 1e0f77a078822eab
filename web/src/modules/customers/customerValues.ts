/** The closed value sets of a customer, in display order (labels in i18n `customers.*`). */
export const CUSTOMER_VALUES = {
  grades: ['A', 'B', 'C'],
  statuses: ['lead', 'active', 'dormant', 'lost'],
  segments: ['Consumer', 'Corporate', 'Home Office'],
  channels: ['direct', 'store', 'distributor', 'online'],
} as const;
