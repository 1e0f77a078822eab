import { type SelectProps } from 'antd';
import { useState } from 'react';
import { RecordSearchSelect } from '../../ui/RecordSearchSelect';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useQuotes } from './useQuotes';

type QuoteSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'>;

/** Searches the caller's quotes on the server (`/quotes?q=`: number or customer name) and picks one by id. */
export function QuoteSelect(props: QuoteSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const { data, isFetching } = useQuotes({ q: q || undefined, limit: 20, offset: 0 });
  const options = (data?.items ?? []).map((quote) => ({ value: quote.id, label: quote.number, extra: quote.customer_name }));
  return <RecordSearchSelect {...props} onSearch={setSearch} loading={isFetching} options={options} />;
}
