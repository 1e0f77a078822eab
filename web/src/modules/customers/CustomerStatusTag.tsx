import { Tag } from 'antd';
import { useCustomerLabels } from './useCustomerLabels';

const colors: Record<string, string> = { lead: 'processing', active: 'success', dormant: 'warning', lost: 'default' };

/** Lead, active, dormant or lost, with its colour. */
export function CustomerStatusTag({ status }: { status: string }) {
  const labels = useCustomerLabels();
  return (
    <Tag color={colors[status] ?? 'default'} bordered={false}>
      {labels.status(status)}
    </Tag>
  );
}
