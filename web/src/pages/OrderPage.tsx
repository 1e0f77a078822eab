import { useParams } from 'react-router';
import { OrderDetailView } from '../modules/orders/OrderDetailView';

export function OrderPage() {
  const { id = '' } = useParams();
  return (
    <div className="page-container" data-testid="order-page">
      <OrderDetailView key={id} id={id} />
    </div>
  );
}
