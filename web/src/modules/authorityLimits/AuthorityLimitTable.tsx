import { DeleteOutlined } from '@ant-design/icons';
import { AutoComplete, Button, InputNumber, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyDigits, fromMinorUnits, toMinorUnits } from '../../ui/formatMoney';
import { formatPct } from '../../ui/formatPct';
import { groupDigits } from '../../ui/groupDigits';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { ZoneTreeSelect } from '../zones/ZoneTreeSelect';
import type { LimitCell, LimitError } from './limitRows';
import type { AuthorityLimit } from './types';

/** A row being edited: a stable key for React and for its errors. */
export type LimitRow = AuthorityLimit & { key: string };

/** The key of the default row's row: every zone, every line; it cannot be removed. */
export const DEFAULT_LIMIT_KEY = 'default';
const isDefaultRow = (row: LimitRow) => row.key === DEFAULT_LIMIT_KEY;

/** Authority limits are company money: the company currency. */
const CURRENCY = 'CNY';

type PctField = 'rep_max_discount_pct' | 'manager_max_discount_pct' | 'price_floor_pct';

type AuthorityLimitTableProps = {
  rows: LimitRow[];
  productLines: readonly string[];
  /** Errors by row key, then cell. */
  errors: Map<string, Partial<Record<LimitCell, LimitError>>>;
  /** Without it the rows are read only. */
  onChange?: (key: string, patch: Partial<AuthorityLimit>) => void;
  onRemove?: (key: string) => void;
};

/** The power list, editable cell by cell; the default row (every zone, every line) stays. */
export function AuthorityLimitTable({ rows, productLines, errors, onChange, onRemove }: AuthorityLimitTableProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const formatMoney = useFormatMoney();
  const editable = !!onChange;
  const allZones = t('authorityLimits.allZones');
  const allLines = t('authorityLimits.allLines');
  const lineLabel = (line: string) => (line ? t(`sales.categories.${line}`, { defaultValue: line }) : allLines);

  const message = (error: LimitError | undefined): string | null => {
    if (!error) return null;
    return error.kind === 'server' ? error.message : t(`authorityLimits.errors.${error.kind}`);
  };
  const cell = (row: LimitRow, names: LimitCell[], control: ReactNode) => {
    const text = names.map((n) => message(errors.get(row.key)?.[n])).find(Boolean);
    return (
      <div className="rule-cell">
        {control}
        {text ? (
          <div className="rule-cell__error" role="alert" data-testid={`limit-error-${names[0]}`}>
            {text}
          </div>
        ) : null}
      </div>
    );
  };
  const status = (row: LimitRow, ...names: LimitCell[]) => (names.some((n) => errors.get(row.key)?.[n]) ? 'error' : undefined);

  const pctColumn = (field: PctField, title: string, testId: string) => ({
    title,
    key: field,
    width: 120,
    render: (_: unknown, row: LimitRow) =>
      editable
        ? cell(
            row,
            [field],
            <InputNumber<number>
              value={Number.isFinite(row[field]) ? row[field] : null}
              min={0}
              max={100}
              step={1}
              precision={2}
              suffix="%"
              onChange={(v) => onChange(row.key, { [field]: v ?? Number.NaN })}
              status={status(row, field)}
              style={{ width: 104 }}
              data-testid={testId}
            />,
          )
        : <span className="num">{formatPct(row[field], locale)}</span>,
  });

  const columns: ColumnsType<LimitRow> = [
    {
      title: t('authorityLimits.columns.zone'),
      key: 'zone',
      width: 200,
      fixed: 'left',
      render: (_, row) => {
        if (isDefaultRow(row)) {
          return (
            <span className="rule-default">
              <Tag color="blue">{t('authorityLimits.default')}</Tag>
              <Typography.Text type="secondary">{allZones}</Typography.Text>
            </span>
          );
        }
        if (!editable) return row.zone_name || (row.zone_id ? `#${row.zone_id}` : allZones);
        return cell(
          row,
          ['zone_id', 'row'],
          <ZoneTreeSelect
            value={row.zone_id ?? undefined}
            placeholder={allZones}
            onChange={(zoneId) => onChange(row.key, { zone_id: zoneId ?? null, zone_name: null })}
            status={status(row, 'zone_id', 'row')}
            style={{ width: '100%' }}
            data-testid="limit-zone"
          />,
        );
      },
    },
    {
      title: t('authorityLimits.columns.productLine'),
      key: 'product_line',
      width: 160,
      render: (_, row) => {
        if (isDefaultRow(row)) return <Typography.Text type="secondary">{allLines}</Typography.Text>;
        if (!editable) return lineLabel(row.product_line);
        return cell(
          row,
          ['product_line'],
          <AutoComplete
            allowClear
            value={row.product_line}
            placeholder={allLines}
            options={productLines.map((line) => ({ value: line, label: lineLabel(line) }))}
            showSearch={{ filterOption: (input, option) => String(option?.value ?? '').toLowerCase().includes(input.toLowerCase()) }}
            onChange={(line: string | undefined) => onChange(row.key, { product_line: line ?? '' })}
            status={status(row, 'product_line', 'row')}
            style={{ width: '100%' }}
            data-testid="limit-product-line"
          />,
        );
      },
    },
    pctColumn('rep_max_discount_pct', t('authorityLimits.columns.repMax'), 'limit-rep-max'),
    pctColumn('manager_max_discount_pct', t('authorityLimits.columns.managerMax'), 'limit-manager-max'),
    {
      title: t('authorityLimits.columns.directorAbove'),
      key: 'director_above_amount',
      width: 180,
      render: (_, row) => {
        const amount = row.director_above_amount;
        if (!editable) {
          return amount === null ? (
            <Typography.Text type="secondary">{t('authorityLimits.never')}</Typography.Text>
          ) : (
            <span className="num">{formatMoney(amount, CURRENCY)}</span>
          );
        }
        return cell(
          row,
          ['director_above_amount'],
          <InputNumber<number>
            value={amount === null ? null : Number.isFinite(amount) ? fromMinorUnits(amount, CURRENCY) : null}
            min={0}
            step={10_000}
            precision={currencyDigits(CURRENCY)}
            prefix="¥"
            formatter={groupDigits}
            placeholder={t('authorityLimits.never')}
            onChange={(v) => onChange(row.key, { director_above_amount: v === null || v === undefined ? null : toMinorUnits(v, CURRENCY) })}
            status={status(row, 'director_above_amount')}
            style={{ width: 160 }}
            data-testid="limit-director-above"
          />,
        );
      },
    },
    pctColumn('price_floor_pct', t('authorityLimits.columns.priceFloor'), 'limit-price-floor'),
    {
      title: t('authorityLimits.columns.discountForbidden'),
      key: 'discount_forbidden',
      width: 90,
      align: 'center',
      render: (_, row) =>
        cell(
          row,
          ['discount_forbidden'],
          <Switch
            checked={row.discount_forbidden}
            disabled={!editable}
            onChange={(discount_forbidden) => onChange?.(row.key, { discount_forbidden })}
            size="small"
            data-testid="limit-discount-forbidden"
          />,
        ),
    },
    ...(onRemove
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 64,
            align: 'center' as const,
            fixed: 'right' as const,
            render: (_: unknown, row: LimitRow) => (
              <Tooltip title={isDefaultRow(row) ? t('authorityLimits.defaultFixed') : t('common.delete')}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={isDefaultRow(row)}
                  onClick={() => onRemove(row.key)}
                  aria-label={t('common.delete')}
                  data-testid="limit-remove"
                />
              </Tooltip>
            ),
          },
        ]
      : []),
  ];

  return (
    <Table<LimitRow>
      data-testid="authority-limits-table"
      rowKey="key"
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1060 }}
      rowClassName={(row) => (isDefaultRow(row) ? 'rule-row--default' : '')}
    />
  );
}
