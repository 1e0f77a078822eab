/** The roles every installation has (labels live in i18n under `roles.<name>`). */
export const BUILTIN_ROLES = [
  'admin',
  'sales_director',
  'zone_manager',
  'sales_rep',
  'finance',
  'warehouse',
  'logistics',
  'dispatcher',
  'engineer',
  'analyst',
] as const;

/** The one role whose permissions cannot be edited. */
export const LOCKED_ROLE = 'admin';
