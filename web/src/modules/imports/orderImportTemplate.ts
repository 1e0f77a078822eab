import { toCsv } from '../../ui/toCsv';

export type OrderImportLayout = 'salient' | 'superstore';

/** Columns each layout needs (the server refuses a header without them). */
export const ORDER_IMPORT_REQUIRED: Record<OrderImportLayout, string[]> = {
  salient: ['order_number', 'order_date', 'customer_code', 'customer_name', 'product_code', 'product_name', 'quantity', 'unit_price'],
  superstore: ['Order ID', 'Order Date', 'Customer ID', 'Customer Name', 'Product ID', 'Product Name', 'Sales', 'Quantity', 'Discount'],
};

/** Columns each layout may add. */
export const ORDER_IMPORT_OPTIONAL: Record<OrderImportLayout, string[]> = {
  salient: [
    'channel',
    'discount_pct',
    'segment',
    'zone',
    'territory',
    'city',
    'postal_code',
    'country',
    'product_line',
    'category',
    'sub_category',
    'net_amount',
    'unit_cost',
    'ship_date',
    'ship_mode',
    'status',
  ],
  superstore: ['Ship Date', 'Ship Mode', 'Segment', 'Region', 'State', 'City', 'Postal Code', 'Country', 'Category', 'Sub-Category', 'Profit'],
};

type Example = {
  order: string;
  date: string;
  customer: [code: string, name: string];
  product: [code: string, name: string, category: string];
  quantity: number;
  /** Yuan, as typed in a spreadsheet. */
  unitPrice: string;
  discountPct: number;
  channel: string;
};

const EXAMPLES: Example[] = [
  {
    order: 'SO-TEMPLATE-0001',
    date: '2026-11-02',
    customer: ['C-TEMPLATE-01', '示例客户（上海）有限公司'],
    product: ['P-TEMPLATE-01', '示例办公椅', 'Furniture'],
    quantity: 4,
    unitPrice: '899.00',
    discountPct: 5,
    channel: 'direct',
  },
  {
    order: 'SO-TEMPLATE-0001',
    date: '2026-11-02',
    customer: ['C-TEMPLATE-01', '示例客户（上海）有限公司'],
    product: ['P-TEMPLATE-02', '示例文件柜', 'Furniture'],
    quantity: 1,
    unitPrice: '1260.50',
    discountPct: 0,
    channel: 'direct',
  },
  {
    order: 'SO-TEMPLATE-0002',
    date: '2026-11-05',
    customer: ['C-TEMPLATE-02', 'Example Trading Co.'],
    product: ['P-TEMPLATE-03', 'Example Printer Paper, A4', 'Office Supplies'],
    quantity: 20,
    unitPrice: '32.00',
    discountPct: 10,
    channel: 'online',
  },
];

/** A CSV template of the layout with a few example rows (UTF-8 with a BOM, for Excel). */
export function orderImportTemplate(layout: OrderImportLayout): string {
  if (layout === 'superstore') {
    const header = [...ORDER_IMPORT_REQUIRED.superstore, 'Category'];
    const rows = EXAMPLES.map((e) => {
      // Sales is the line's net amount; Discount a fraction.
      const net = (Number(e.unitPrice) * e.quantity * (1 - e.discountPct / 100)).toFixed(2);
      return [e.order, e.date, e.customer[0], e.customer[1], e.product[0], e.product[1], net, e.quantity, e.discountPct / 100, e.product[2]];
    });
    return toCsv([header, ...rows], { bom: true });
  }
  const header = [...ORDER_IMPORT_REQUIRED.salient, 'discount_pct', 'channel', 'category'];
  const rows = EXAMPLES.map((e) => [
    e.order,
    e.date,
    e.customer[0],
    e.customer[1],
    e.product[0],
    e.product[1],
    e.quantity,
    e.unitPrice,
    e.discountPct,
    e.channel,
    e.product[2],
  ]);
  return toCsv([header, ...rows], { bom: true });
}
