/**
 * An amount as typed into a number input, with thousands separators in its whole part
 * ("1234567.5" → "1,234,567.5"): the `formatter` of money InputNumbers (their default
 * parser drops the commas again). "" for nothing.
 */
export function groupDigits(value: number | string | null | undefined): string {
  if (value === undefined || value === null || `${value}` === '') return '';
  const [whole, fraction] = `${value}`.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
