import { Input } from 'antd';
import { CustomerSelect } from '../customers/CustomerSelect';
import { OrderSelect } from '../orders/OrderSelect';
import { QuoteSelect } from '../quotes/QuoteSelect';

type RecordSelectProps = {
  object: string;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  placeholder?: string;
};

/** Picks a record of the trigger's kind by searching it (quotes, orders, customers); else an id is typed. */
export function RecordSelect({ object, value, onChange, placeholder }: RecordSelectProps) {
  const common = { value, placeholder, allowClear: true, style: { width: 360 }, 'data-testid': 'rule-test-record' };
  if (object === 'quote') return <QuoteSelect {...common} onChange={(id) => onChange(id ?? undefined)} />;
  if (object === 'order') return <OrderSelect {...common} onChange={(id) => onChange(id ?? undefined)} />;
  if (object === 'customer') return <CustomerSelect {...common} onChange={(id) => onChange(id ?? undefined)} />;
  return <Input {...common} onChange={(e) => onChange(e.target.value.trim() || undefined)} />;
}
