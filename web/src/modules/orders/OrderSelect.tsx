import { type SelectProps } from 'antd';
import { useState } from 'react';
import { RecordSearchSelect } from '../../ui/RecordSearchSelect';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useOrders } from './useOrders';

type OrderSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'>;

/** Searches the caller's orders on the server (`/orders?q=`: number or customer name) and picks one by id. */
export function OrderSelect(props: OrderSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const { data, isFetching } = useOrders({ q: q || undefined, limit: 20, offset: 0 });
  const options = (data?.items ?? []).map((order) => ({ value: order.id, label: order.number, extra: order.customer_name }));
  return <RecordSearchSelect {...props} onSearch={setSearch} loading={isFetching} options={options} />;
}
