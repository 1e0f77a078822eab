import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../ui/useFormatMoney';
import type { OrderDetail, OrderLine } from './types';

/** The order's lines with list price, discount and net, then the totals. */
export function OrderLinesTable({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const formatMoney = useFormatMoney();
  const money = (amount: number) => <span className="num">{formatMoney(amount, order.currency)}</span>;
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });

  const columns: ColumnsType<OrderLine> = [
    { title: '#', dataIndex: 'line_no', width: 48, render: (n: number) => <span className="num">{n}</span> },
    {
      title: t('orders.product'),
      dataIndex: 'product_name',
      render: (name: string, line) => (
        <div className="line-product">
          <div className="line-product__name">{name}</div>
          <Typography.Text type="secondary" className="num line-product__code">
            {line.product_code}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('orders.quantity'), dataIndex: 'quantity', align: 'right', width: 90, render: (q: number) => <span className="num">{number.format(q)}</span> },
    { title: t('orders.listPrice'), dataIndex: 'list_price', align: 'right', width: 140, render: money },
    {
      title: t('orders.discount'),
      dataIndex: 'discount_pct',
      align: 'right',
      width: 100,
      render: (pct: number) =>
        pct ? <span className="num discount">−{percent.format(pct)}%</span> : <Typography.Text type="secondary">—</Typography.Text>,
    },
    { title: t('orders.net'), dataIndex: 'net_amount', align: 'right', width: 150, render: (amount: number) => <strong>{money(amount)}</strong> },
  ];

  return (
    <Table<OrderLine>
      data-testid="order-lines"
      rowKey="line_no"
      size="middle"
      columns={columns}
      dataSource={order.lines}
      pagination={false}
      scroll={{ x: 720 }}
      summary={() => (
        <>
          <Table.Summary.Row className="order-totals">
            <Table.Summary.Cell index={0} colSpan={5} align="right">
              {t('orders.subtotal')}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {money(order.subtotal)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
          <Table.Summary.Row className="order-totals">
            <Table.Summary.Cell index={0} colSpan={5} align="right">
              {t('orders.discountTotal')}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {order.discount_total ? <span className="discount">−{money(order.discount_total)}</span> : money(0)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
          <Table.Summary.Row className="order-totals order-totals--grand">
            <Table.Summary.Cell index={0} colSpan={5} align="right">
              {t('orders.total')}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              <span data-testid="order-total">{money(order.total)}</span>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        </>
      )}
    />
  );
}
