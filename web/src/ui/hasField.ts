/** Whether any row carries `field` (a field hidden from the role is absent from every row). */
export function hasField<T extends object>(rows: readonly T[], field: string): boolean {
  return rows.some((row) => Object.prototype.hasOwnProperty.call(row, field));
}
