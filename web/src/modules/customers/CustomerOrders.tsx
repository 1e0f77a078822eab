import { useState } from 'react';
import { OrderTable } from '../orders/OrderTable';
import type { OrderFilters } from '../orders/types';
import { useOrders } from '../orders/useOrders';

/** The orders of one customer, newest first. */
export function CustomerOrders({ customerId }: { customerId: string }) {
  const [filters, setFilters] = useState<OrderFilters>({ customer_id: customerId, limit: 10, offset: 0, sort: '-order_date' });
  const orders = useOrders(filters);
  return (
    <OrderTable query={orders} filters={filters} onChange={(next) => setFilters((f) => ({ ...f, ...next }))} hideCustomer size="small" />
  );
}
