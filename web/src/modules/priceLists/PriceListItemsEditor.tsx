import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, InputNumber, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { fromMinorUnits, toMinorUnits } from '../../ui/formatMoney';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { ProductSelect } from '../products/ProductSelect';
import { newItemKey, priceListForm, type ItemDraft } from './priceListForm';

type PriceListItemsEditorProps = {
  /** Set by Form.Item. */
  value?: ItemDraft[];
  onChange?: (items: ItemDraft[]) => void;
  disabled?: boolean;
  /** Show the rows' problems (after a save was tried). */
  showProblems?: boolean;
};

/** The list's products and their prices (yuan): pick products from the catalog, type the price. */
export function PriceListItemsEditor({ value = [], onChange, disabled = false, showProblems = false }: PriceListItemsEditorProps) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const problems = priceListForm.problems(value);
  const bad = (rows: number[], i: number) => showProblems && rows.includes(i);
  const update = (key: string, patch: Partial<ItemDraft>) =>
    onChange?.(value.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  const remove = (key: string) => onChange?.(value.filter((item) => item.key !== key));
  const add = () => onChange?.([...value, { key: newItemKey(), price: null }]);

  const columns: ColumnsType<ItemDraft> = [
    { title: '#', key: 'no', width: 48, render: (_: unknown, _item, i) => <span className="num">{i + 1}</span> },
    {
      title: t('priceLists.product'),
      key: 'product',
      render: (_: unknown, item, i) =>
        disabled ? (
          <div className="line-product">
            <div className="line-product__name">{item.product_name}</div>
            <Typography.Text type="secondary" className="num line-product__code">
              {item.product_code}
            </Typography.Text>
          </div>
        ) : (
          <>
            <ProductSelect
              value={item.product_id}
              currentLabel={item.product_name}
              placeholder={t('priceLists.productPlaceholder')}
              status={bad(problems.noProduct, i) || bad(problems.duplicate, i) ? 'error' : undefined}
              style={{ width: '100%' }}
              onChange={(product_id, option) => {
                const label = Array.isArray(option) ? undefined : option?.label;
                update(item.key, { product_id, product_name: typeof label === 'string' ? label : undefined, product_code: undefined });
              }}
              onPickProduct={(product) => {
                // Start from the catalog price; the list's own price is typed over it.
                if (item.price === null || item.price === undefined) {
                  update(item.key, {
                    product_id: product.id,
                    product_name: product.name,
                    product_code: product.code,
                    price: fromMinorUnits(product.list_price, product.currency),
                  });
                }
              }}
              data-testid={`price-item-product-${i}`}
            />
            {bad(problems.duplicate, i) ? (
              <Typography.Text type="danger" className="price-item__error">
                {t('priceLists.duplicateProduct')}
              </Typography.Text>
            ) : null}
          </>
        ),
    },
    {
      title: t('priceLists.priceYuan'),
      key: 'price',
      width: 180,
      align: 'right',
      render: (_: unknown, item, i) =>
        disabled ? (
          <span className="num">{typeof item.price === 'number' ? formatMoney(toMinorUnits(item.price), 'CNY') : '—'}</span>
        ) : (
          <InputNumber<number>
            min={0}
            max={100_000_000}
            precision={2}
            step={1}
            prefix="¥"
            value={item.price ?? null}
            status={bad(problems.noPrice, i) ? 'error' : undefined}
            onChange={(price) => update(item.key, { price })}
            className="input-num-right"
            style={{ width: '100%' }}
            data-testid={`price-item-price-${i}`}
          />
        ),
    },
    ...(disabled
      ? []
      : [
          {
            key: 'remove',
            width: 48,
            render: (_: unknown, item: ItemDraft) => (
              <Button type="text" icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(item.key)} />
            ),
          },
        ]),
  ];

  return (
    <div className="price-items" data-testid="price-items">
      <Table<ItemDraft>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={value}
        tableLayout="fixed"
        pagination={value.length > 50 ? { pageSize: 50, size: 'small' } : false}
        locale={{ emptyText: <Typography.Text type="secondary">{t('priceLists.noItems')}</Typography.Text> }}
      />
      {disabled ? null : (
        <Button type="dashed" icon={<PlusOutlined />} onClick={add} block className="price-items__add" data-testid="price-item-add">
          {t('priceLists.addItem')}
        </Button>
      )}
    </div>
  );
}
