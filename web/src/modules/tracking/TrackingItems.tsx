import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrackedOrder } from './types';

type Item = TrackedOrder['items'][number];

/** What is in the order: products and quantities (no prices). */
export function TrackingItems({ items }: { items: TrackedOrder['items'] }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Table<Item>
      data-testid="tracking-items"
      size="middle"
      rowKey={(item, i) => `${i}-${item.product_name}`}
      pagination={false}
      dataSource={items}
      locale={{ emptyText: t('tracking.noItems') }}
      columns={[
        { title: t('tracking.product'), dataIndex: 'product_name' },
        {
          title: t('tracking.quantity'),
          dataIndex: 'quantity',
          align: 'right',
          width: 100,
          render: (q: number) => <span className="num">{number.format(q)}</span>,
        },
      ]}
    />
  );
}
