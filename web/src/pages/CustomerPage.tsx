import { useParams } from 'react-router';
import { Customer360 } from '../modules/customers/Customer360';

export function CustomerPage() {
  const { id = '' } = useParams();
  return (
    <div className="page-container" data-testid="customer-page">
      <Customer360 key={id} id={id} />
    </div>
  );
}
