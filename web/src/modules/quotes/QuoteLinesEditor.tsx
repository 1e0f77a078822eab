import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, InputNumber, Spin, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../http/ApiError';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { ProductSelect } from '../products/ProductSelect';
import { DiscountValue } from './DiscountValue';
import { newLineKey, type EditorLine } from './quoteDraft';
import { APPROVAL_DISCOUNT_PCT } from './quoteStatus';
import type { QuoteLine } from './types';

export type QuoteTotals = { subtotal: number; discount_total: number; total: number; currency: string };

type Row = { key: string; editor?: EditorLine; priced?: QuoteLine };

type QuoteLinesEditorProps = {
  /** Editable lines (a draft); absent for a read-only quote. */
  lines?: EditorLine[];
  onChange?: (lines: EditorLine[]) => void;
  /** Server prices per editor line key (the live preview), or the saved lines when read-only. */
  priced: Map<string, QuoteLine> | QuoteLine[];
  totals: QuoteTotals;
  /** The preview is being recomputed. */
  pricing?: boolean;
  /** The server's refusals by line index, then field (`lines[1].discount_pct`; `''` for the line). */
  errors?: Map<number, Record<string, FieldError>>;
};

/** A cell with the server's reason for refusing its line underneath. */
function withError(control: ReactNode, message: string | undefined, testId: string) {
  if (!message) return control;
  return (
    <div className="rule-cell">
      {control}
      <div className="rule-cell__error" role="alert" data-testid={testId}>
        {message}
      </div>
    </div>
  );
}

/**
 * The quote's lines — product, quantity, list price, discount and net — with subtotal,
 * discounts and total underneath. Editable for a draft (prices come from the server's
 * preview); discounts above the approval threshold are orange.
 */
export function QuoteLinesEditor({ lines, onChange, priced, totals, pricing = false, errors }: QuoteLinesEditorProps) {
  const { t, i18n } = useTranslation();
  const formatMoney = useFormatMoney();
  const editable = !!lines && !!onChange;
  const number = new Intl.NumberFormat(i18n.language);
  const money = (amount: number | undefined) =>
    amount === undefined ? <Typography.Text type="secondary">—</Typography.Text> : <span className="num">{formatMoney(amount, totals.currency)}</span>;

  const rows: Row[] = editable
    ? (lines ?? []).map((l) => ({ key: l.key, editor: l, priced: priced instanceof Map ? priced.get(l.key) : undefined }))
    : (Array.isArray(priced) ? priced : []).map((p) => ({ key: String(p.line_no), priced: p }));

  const update = (key: string, patch: Partial<EditorLine>) =>
    onChange?.((lines ?? []).map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const remove = (key: string) => onChange?.((lines ?? []).filter((l) => l.key !== key));
  const add = () => onChange?.([...(lines ?? []), { key: newLineKey(), quantity: 1, discount_pct: 0 }]);
  const discountError = (i: number) => errors?.get(i)?.discount_pct?.message;
  // What the server says about a line goes under its product (the widest cell); a refused
  // discount also turns its input red.
  const lineError = (i: number) => {
    const fields = errors?.get(i);
    return fields ? [...new Set(Object.values(fields).map((e) => e.message))].join(' ') : undefined;
  };

  const columns: ColumnsType<Row> = [
    { title: '#', key: 'no', width: 44, render: (_: unknown, _row, i) => <span className="num">{i + 1}</span> },
    {
      title: t('quotes.product'),
      key: 'product',
      render: (_: unknown, row, i) => {
        const product = row.editor ? (
          <ProductSelect
            value={row.editor.product_id}
            currentLabel={row.editor.product_name}
            placeholder={t('quotes.productPlaceholder')}
            style={{ width: '100%' }}
            onChange={(product_id, option) => {
              const label = Array.isArray(option) ? undefined : option?.label;
              update(row.key, { product_id, product_name: typeof label === 'string' ? label : undefined });
            }}
            data-testid={`quote-line-product-${i}`}
          />
        ) : (
          <div className="line-product">
            <div className="line-product__name">{row.priced?.product_name}</div>
            <Typography.Text type="secondary" className="num line-product__code">
              {row.priced?.product_code}
            </Typography.Text>
          </div>
        );
        return withError(product, lineError(i), `quote-line-error-${i}`);
      },
    },
    {
      title: t('quotes.quantity'),
      key: 'quantity',
      align: 'right',
      width: editable ? 88 : 72,
      render: (_: unknown, row, i) =>
        row.editor ? (
          <InputNumber<number>
            min={1}
            max={1_000_000}
            precision={0}
            value={row.editor.quantity}
            onChange={(quantity) => update(row.key, { quantity })}
            className="input-num-right"
            style={{ width: '100%' }}
            data-testid={`quote-line-qty-${i}`}
          />
        ) : (
          <span className="num">{number.format(row.priced?.quantity ?? 0)}</span>
        ),
    },
    { title: t('quotes.listPrice'), key: 'list_price', align: 'right', width: 116, render: (_: unknown, row) => money(row.priced?.list_price) },
    {
      title: t('quotes.discountPct'),
      key: 'discount',
      align: 'right',
      width: editable ? 116 : 96,
      render: (_: unknown, row, i) => {
        if (!row.editor) return <DiscountValue pct={row.priced?.discount_pct ?? 0} />;
        const refused = !!discountError(i);
        const high = (row.editor.discount_pct ?? 0) > APPROVAL_DISCOUNT_PCT;
        const input = (
          <InputNumber<number>
            min={0}
            max={100}
            precision={2}
            step={1}
            value={row.editor.discount_pct}
            onChange={(discount_pct) => update(row.key, { discount_pct })}
            suffix="%"
            status={refused ? 'error' : high ? 'warning' : undefined}
            className={high ? 'input-num-right discount-input--approval' : 'input-num-right'}
            style={{ width: '100%' }}
            data-testid={`quote-line-discount-${i}`}
          />
        );
        return high ? <Tooltip title={t('quotes.mayNeedApproval', { pct: APPROVAL_DISCOUNT_PCT })}>{input}</Tooltip> : input;
      },
    },
    {
      title: t('quotes.net'),
      key: 'net',
      align: 'right',
      width: 128,
      render: (_: unknown, row, i) => <strong data-testid={`quote-line-net-${i}`}>{money(row.priced?.net_amount)}</strong>,
    },
    ...(editable
      ? [
          {
            key: 'remove',
            width: 44,
            render: (_: unknown, row: Row) => (
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('common.delete')}
                onClick={() => remove(row.key)}
                disabled={(lines ?? []).length <= 1 && !row.editor?.product_id}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <Spin spinning={pricing} delay={250} size="small">
      <Table<Row>
        data-testid="quote-lines"
        rowKey="key"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        tableLayout="fixed"
        scroll={{ x: editable ? 820 : 720 }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('quotes.noLines')}</Typography.Text> }}
      />
      {editable ? (
        <Button type="dashed" icon={<PlusOutlined />} onClick={add} block className="quote-add-line" data-testid="quote-add-line">
          {t('quotes.addLine')}
        </Button>
      ) : null}
      <dl className="quote-totals" data-testid="quote-totals">
        <dt>{t('quotes.subtotal')}</dt>
        <dd data-testid="quote-subtotal">{money(totals.subtotal)}</dd>
        <dt>{t('quotes.discountTotal')}</dt>
        <dd data-testid="quote-discount-total">
          {totals.discount_total ? <span className="discount">−{money(totals.discount_total)}</span> : money(0)}
        </dd>
        <dt className="quote-totals__grand">{t('quotes.total')}</dt>
        <dd className="quote-totals__grand" data-testid="quote-total">
          {money(totals.total)}
        </dd>
      </dl>
    </Spin>
  );
}
