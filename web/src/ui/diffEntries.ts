export type DiffEntry = {
  key: string;
  before: unknown;
  after: unknown;
  changed: boolean;
};

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Top-level keys of two record snapshots (either may be null, e.g. on create or
 * delete), in first-seen order, each marked changed when its values differ.
 */
export function diffEntries(before: unknown, after: unknown): DiffEntry[] {
  const a = isObject(before) ? before : {};
  const b = isObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.map((key) => ({
    key,
    before: a[key],
    after: b[key],
    changed: !(key in a && key in b && sameValue(a[key], b[key])),
  }));
}
