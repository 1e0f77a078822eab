import { DeleteOutlined } from '@ant-design/icons';
import { Button, InputNumber, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleCell, RuleError } from './alertRules';
import { formatPercent } from './formatPercent';
import type { AlertRule } from './types';

/** A rule being edited: a stable key for React and for its errors. */
export type RuleRow = AlertRule & { key: string };

/** The key of the default rule's row: it keeps "any / any" and cannot be removed. */
export const DEFAULT_RULE_KEY = 'default';
const isDefaultRow = (row: RuleRow) => row.key === DEFAULT_RULE_KEY;

type AlertRuleTableProps = {
  rows: RuleRow[];
  categories: readonly string[];
  channels: readonly string[];
  /** Errors by row key, then cell. */
  errors: Map<string, Partial<Record<RuleCell, RuleError>>>;
  /** Without it the rules are read only. */
  onChange?: (key: string, patch: Partial<AlertRule>) => void;
  onRemove?: (key: string) => void;
};

/** The threshold rules, editable cell by cell; the default rule (any / any) stays. */
export function AlertRuleTable({ rows, categories, channels, errors, onChange, onRemove }: AlertRuleTableProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const editable = !!onChange;
  const any = t('forecasts.rules.any');
  const categoryLabel = (c: string) => (c ? t(`sales.categories.${c}`, { defaultValue: c }) : any);
  const channelLabel = (c: string) => (c ? t(`channels.${c}`, { defaultValue: c }) : any);
  const categoryOptions = ['', ...categories].map((c) => ({ value: c, label: categoryLabel(c) }));
  const channelOptions = ['', ...channels].map((c) => ({ value: c, label: channelLabel(c) }));

  const message = (error: RuleError | undefined): string | null => {
    if (!error) return null;
    if (error.kind === 'threshold') return t('forecasts.rules.errors.threshold');
    if (error.kind === 'days') return t('forecasts.rules.errors.days');
    if (error.kind === 'duplicate') return t('forecasts.rules.errors.duplicate');
    return error.message;
  };
  const cell = (row: RuleRow, name: RuleCell, control: ReactNode) => {
    const text = message(errors.get(row.key)?.[name]);
    return (
      <div className="rule-cell">
        {control}
        {text ? (
          <div className="rule-cell__error" role="alert" data-testid={`rule-error-${name}`}>
            {text}
          </div>
        ) : null}
      </div>
    );
  };
  const status = (row: RuleRow, ...names: RuleCell[]) => (names.some((n) => errors.get(row.key)?.[n]) ? 'error' : undefined);

  const columns: ColumnsType<RuleRow> = [
    {
      title: t('forecasts.rules.columns.category'),
      key: 'category',
      width: 240,
      render: (_, row) => {
        if (isDefaultRow(row)) {
          return (
            <span className="rule-default">
              <Tag color="blue">{t('forecasts.rules.default')}</Tag>
              <Typography.Text type="secondary">{any}</Typography.Text>
            </span>
          );
        }
        if (!editable) return categoryLabel(row.category);
        return cell(
          row,
          'row',
          <Select<string>
            value={row.category}
            options={categoryOptions}
            onChange={(category) => onChange(row.key, { category })}
            status={status(row, 'row', 'category')}
            style={{ width: '100%' }}
            data-testid="rule-category"
          />,
        );
      },
    },
    {
      title: t('forecasts.rules.columns.channel'),
      key: 'channel',
      width: 200,
      render: (_, row) => {
        if (isDefaultRow(row)) return <Typography.Text type="secondary">{any}</Typography.Text>;
        if (!editable) return channelLabel(row.channel);
        return cell(
          row,
          'channel',
          <Select<string>
            value={row.channel}
            options={channelOptions}
            onChange={(channel) => onChange(row.key, { channel })}
            status={status(row, 'row', 'channel')}
            style={{ width: '100%' }}
            data-testid="rule-channel"
          />,
        );
      },
    },
    {
      title: t('forecasts.rules.columns.threshold'),
      key: 'threshold',
      width: 180,
      render: (_, row) =>
        editable
          ? cell(
              row,
              'threshold_pct',
              <InputNumber<number>
                value={Number.isFinite(row.threshold_pct) ? row.threshold_pct : null}
                min={0.1}
                max={100}
                step={1}
                precision={1}
                suffix="%"
                onChange={(v) => onChange(row.key, { threshold_pct: v ?? Number.NaN })}
                status={status(row, 'threshold_pct')}
                style={{ width: 130 }}
                data-testid="rule-threshold"
              />,
            )
          : <span className="num">± {formatPercent(row.threshold_pct, locale)}</span>,
    },
    {
      title: t('forecasts.rules.columns.days'),
      key: 'days',
      width: 180,
      render: (_, row) =>
        editable
          ? cell(
              row,
              'consecutive_days',
              <InputNumber<number>
                value={Number.isFinite(row.consecutive_days) ? row.consecutive_days : null}
                min={1}
                max={60}
                step={1}
                precision={0}
                suffix={t('forecasts.rules.daysUnit')}
                onChange={(v) => onChange(row.key, { consecutive_days: v ?? Number.NaN })}
                status={status(row, 'consecutive_days')}
                style={{ width: 130 }}
                data-testid="rule-days"
              />,
            )
          : <span className="num">{row.consecutive_days}</span>,
    },
    ...(onRemove
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            align: 'center' as const,
            render: (_: unknown, row: RuleRow) => (
              <Tooltip title={isDefaultRow(row) ? t('forecasts.rules.defaultFixed') : t('common.delete')}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={isDefaultRow(row)}
                  onClick={() => onRemove(row.key)}
                  aria-label={t('common.delete')}
                  data-testid="rule-remove"
                />
              </Tooltip>
            ),
          },
        ]
      : []),
  ];

  return (
    <Table<RuleRow>
      data-testid="alert-rules-table"
      rowKey="key"
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={false}
      rowClassName={(row) => (isDefaultRow(row) ? 'rule-row--default' : '')}
    />
  );
}
