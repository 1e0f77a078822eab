import dayjs, { type Dayjs } from 'dayjs';
import { fromMinorUnits, toMinorUnits } from '../../ui/formatMoney';
import type { Opportunity, OpportunityCreateInput, OpportunityPatchInput } from './types';

/** What the opportunity forms edit; the amount in major units (yuan) as people type it. */
export type OpportunityFormValues = {
  name: string;
  customer_id: string;
  amount: number | null;
  expected_close_date: Dayjs | null;
  source?: string | null;
  competitor?: string | null;
  stage?: string;
  probability?: number | null;
  lost_reason?: string | null;
};

const text = (value: string | null | undefined) => value?.trim() || null;
const dateOf = (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : '');

/** A create body; empty optional fields are left out. */
export function opportunityCreateInput(values: OpportunityFormValues, currency = 'CNY'): OpportunityCreateInput {
  const input: OpportunityCreateInput = {
    name: values.name.trim(),
    customer_id: values.customer_id,
    amount: toMinorUnits(values.amount ?? 0, currency),
    expected_close_date: dateOf(values.expected_close_date),
  };
  const source = text(values.source);
  const competitor = text(values.competitor);
  if (source) input.source = source;
  if (competitor) input.competitor = competitor;
  return input;
}

export function opportunityFormValues(o: Opportunity): OpportunityFormValues {
  return {
    name: o.name,
    customer_id: o.customer_id,
    amount: fromMinorUnits(o.amount, o.currency),
    expected_close_date: o.expected_close_date ? dayjs(o.expected_close_date.slice(0, 10)) : null,
    source: o.source,
    competitor: o.competitor,
    stage: o.stage,
    probability: o.probability,
    lost_reason: o.lost_reason,
  };
}

/**
 * Only what changed, plus the version the edit was based on. A new stage without a
 * hand-set probability lets the server apply the stage's default.
 */
export function opportunityPatchInput(o: Opportunity, values: OpportunityFormValues): OpportunityPatchInput {
  const patch: OpportunityPatchInput = { version: o.version };
  const name = values.name.trim();
  if (name !== o.name) patch.name = name;
  const amount = toMinorUnits(values.amount ?? 0, o.currency);
  if (amount !== o.amount) patch.amount = amount;
  const date = dateOf(values.expected_close_date);
  if (date && date !== o.expected_close_date.slice(0, 10)) patch.expected_close_date = date;
  if (text(values.source) !== (o.source ?? null)) patch.source = text(values.source);
  if (text(values.competitor) !== (o.competitor ?? null)) patch.competitor = text(values.competitor);
  const stageChanged = values.stage !== undefined && values.stage !== o.stage;
  if (stageChanged) patch.stage = values.stage;
  const probability = values.probability ?? null;
  if (probability !== null && probability !== o.probability) patch.probability = probability;
  if (values.lost_reason !== undefined && text(values.lost_reason) !== (o.lost_reason ?? null)) patch.lost_reason = text(values.lost_reason);
  return patch;
}
