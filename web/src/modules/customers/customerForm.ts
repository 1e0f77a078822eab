import { fromMinorUnits, toMinorUnits } from '../../ui/formatMoney';
import type { Customer, CustomerCreateInput, CustomerFields, CustomerPatchInput } from './types';

/** What the customer form edits; credit limit in major units (yuan) as people type it. */
export type CustomerFormValues = {
  name: string;
  segment: string;
  channel: string;
  industry?: string;
  status?: string;
  phone?: string;
  email?: string;
  address?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  country?: string;
  credit_limit?: number | null;
  tags?: string[];
};

const TEXT_FIELDS = ['industry', 'phone', 'email', 'address', 'city', 'state', 'postal_code', 'country'] as const;

export function customerFormValues(customer: Customer): CustomerFormValues {
  const values: CustomerFormValues = {
    name: customer.name,
    segment: customer.segment,
    channel: customer.channel,
    status: customer.status,
    credit_limit: fromMinorUnits(customer.credit_limit ?? 0, customer.currency),
    tags: customer.tags ?? [],
  };
  for (const key of TEXT_FIELDS) {
    const value = customer[key];
    if (value !== undefined) values[key] = value ?? '';
  }
  return values;
}

function clean(values: CustomerFormValues, currency: string): CustomerFields {
  const fields: CustomerFields = { name: values.name.trim(), segment: values.segment, channel: values.channel };
  if (values.status) fields.status = values.status;
  for (const key of TEXT_FIELDS) {
    if (values[key] === undefined) continue; // hidden from this role: not in the form
    const text = values[key]?.trim() ?? '';
    fields[key] = text || null;
  }
  if (values.credit_limit !== undefined && values.credit_limit !== null) {
    fields.credit_limit = toMinorUnits(values.credit_limit, currency);
  }
  if (values.tags) fields.tags = values.tags.map((tag) => tag.trim()).filter(Boolean);
  return fields;
}

/** A create body: empty optional fields are left out. */
export function customerCreateInput(values: CustomerFormValues, currency = 'CNY'): CustomerCreateInput {
  const fields = clean(values, currency);
  const input: CustomerCreateInput = { name: fields.name, segment: fields.segment, channel: fields.channel };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) {
      Object.assign(input, { [key]: value });
    }
  }
  return input;
}

/** Only what changed, plus the version the edit was based on; cleared text becomes null. */
export function customerPatchInput(customer: Customer, values: CustomerFormValues): CustomerPatchInput {
  const before = clean(customerFormValues(customer), customer.currency);
  const after = clean(values, customer.currency);
  const patch: CustomerPatchInput = { version: customer.version };
  for (const [key, value] of Object.entries(after)) {
    const old = (before as Record<string, unknown>)[key];
    if (JSON.stringify(old ?? null) !== JSON.stringify(value ?? null)) Object.assign(patch, { [key]: value });
  }
  return patch;
}
