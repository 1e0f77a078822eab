import type { FormInstance } from 'antd';
import type { FieldError } from './ApiError';

/**
 * Puts server field errors onto the matching Form items. Returns the errors that name
 * no field of the form, so the caller can show them another way.
 */
export function applyFieldErrors(form: FormInstance, errors: FieldError[]): FieldError[] {
  const known = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const byField = new Map<string, string[]>();
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    if (!known.has(error.field)) {
      unmatched.push(error);
      continue;
    }
    byField.set(error.field, [...(byField.get(error.field) ?? []), error.message]);
  }
  form.setFields(
    [...byField.entries()].map(([field, messages]) => ({ name: field.split('.'), errors: messages })),
  );
  return unmatched;
}
