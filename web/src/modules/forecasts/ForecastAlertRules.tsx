import { InfoCircleOutlined, PlusOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../ui/PageContainer';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { CUSTOMER_VALUES } from '../customers/customerValues';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { FieldError } from '../http/ApiError';
import { isDefaultRule, nextRule, orderRules, ruleErrors, validateRules, type RuleCell, type RuleError } from './alertRules';
import { AlertRuleTable, DEFAULT_RULE_KEY, type RuleRow } from './AlertRuleTable';
import { ForecastTabs } from './ForecastTabs';
import type { AlertRule } from './types';
import { useAlertRules } from './useAlertRules';
import { useForecast } from './useForecast';
import { useForecastLevels } from './useForecastLevels';
import { useSaveAlertRules } from './useSaveAlertRules';

type Errors = { cells: Map<string, Partial<Record<RuleCell, RuleError>>>; general: RuleError[] };
const NO_ERRORS: Errors = { cells: new Map(), general: [] };

let nextKey = 0;
function toRows(rules: readonly AlertRule[]): RuleRow[] {
  return orderRules(rules).map((r) => ({ ...r, key: isDefaultRule(r) ? DEFAULT_RULE_KEY : `rule-${(nextKey += 1)}` }));
}

const strip = (rows: readonly RuleRow[]): AlertRule[] =>
  rows.map(({ category, channel, threshold_pct, consecutive_days }) => ({ category, channel, threshold_pct, consecutive_days }));

/** The categories the forecasts know (those of the category level), for the rule's category choice. */
function useForecastCategories(rules: readonly AlertRule[]): string[] {
  const levels = useForecastLevels();
  const hasCategories = !!levels.data?.items.some((l) => l.level === 'category');
  const forecast = useForecast(hasCategories ? 'category' : undefined, 'monthly');
  return useMemo(() => {
    const seen = new Set<string>();
    for (const s of forecast.data?.series ?? []) if (s.members.category) seen.add(s.members.category);
    for (const r of rules) if (r.category) seen.add(r.category);
    return [...seen].sort((a, b) => a.localeCompare(b));
  }, [forecast.data, rules]);
}

/**
 * The band alert thresholds: everyone with `alert:read` sees them; `alert:create` edits
 * them (add, remove, change) and saves them all at once. Mistakes show on their cells,
 * checked here first and by the server again.
 */
export function ForecastAlertRules() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const canEdit = me?.user.role === 'admin' || can(me, 'alert', 'create');
  const handleError = useApiErrorHandler();
  const rules = useAlertRules();
  const save = useSaveAlertRules();
  const loaded = useMemo(() => toRows(rules.data?.items ?? []), [rules.data]);
  const [draft, setDraft] = useState<RuleRow[] | null>(null);
  const [errors, setErrors] = useState<Errors>(NO_ERRORS);
  const rows = draft ?? loaded;
  const categories = useForecastCategories(rules.data?.items ?? []);
  const channels = CUSTOMER_VALUES.channels;

  const showErrors = (fieldErrors: readonly FieldError[], saved: readonly RuleRow[]) => {
    const mapped = ruleErrors(fieldErrors);
    const cells = new Map<string, Partial<Record<RuleCell, RuleError>>>();
    for (const [index, cell] of mapped.rows) {
      const row = saved[index];
      if (row) cells.set(row.key, cell);
    }
    setErrors({ cells, general: mapped.general });
  };

  const handleChange = (key: string, patch: Partial<AlertRule>) => {
    setDraft(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    if (errors.cells.has(key) || errors.general.length) {
      const cells = new Map(errors.cells);
      cells.delete(key);
      setErrors({ cells, general: [] });
    }
  };
  const handleRemove = (key: string) => setDraft(rows.filter((r) => r.key !== key));
  const handleAdd = () =>
    setDraft([...rows, { ...nextRule(strip(rows), categories, channels), key: `rule-${(nextKey += 1)}` }]);
  const handleReset = () => {
    setDraft(null);
    setErrors(NO_ERRORS);
  };
  const handleSave = () => {
    const saving = rows;
    const mistakes = validateRules(strip(saving));
    if (mistakes.length) {
      showErrors(mistakes, saving);
      return;
    }
    save.mutate(strip(saving), {
      onSuccess: () => {
        setDraft(null);
        setErrors(NO_ERRORS);
        message.success(t('forecasts.rules.saved'));
      },
      onError: (error) => {
        if (isApiError(error) && error.errors.length) showErrors(error.errors, saving);
        else handleError(error);
      },
    });
  };

  const generalText = (e: RuleError) => (e.kind === 'default' ? t('forecasts.rules.errors.default') : e.message);

  let body;
  if (rules.error) {
    body = (
      <Alert
        type="error"
        showIcon
        title={t('forecasts.rules.loadFailed')}
        description={isApiError(rules.error) ? describeApiError(rules.error, t) : undefined}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void rules.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (rules.isLoading) {
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  } else {
    body = (
      <Card
        title={t('forecasts.rules.title')}
        extra={
          canEdit ? (
            <Space>
              {draft ? (
                <Typography.Text type="warning" data-testid="rules-dirty">
                  {t('forecasts.rules.unsaved')}
                </Typography.Text>
              ) : null}
              <Button onClick={handleReset} disabled={!draft || save.isPending}>
                {t('common.reset')}
              </Button>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                onClick={handleSave}
                disabled={!draft}
                loading={save.isPending}
                data-testid="rules-save"
              >
                {t('common.save')}
              </Button>
            </Space>
          ) : null
        }
        data-testid="alert-rules"
      >
        {errors.general.map((e) => (
          <Alert key={e.message} type="error" showIcon title={generalText(e)} style={{ marginBottom: 12 }} data-testid="rules-error" />
        ))}
        <AlertRuleTable
          rows={rows}
          categories={categories}
          channels={channels}
          errors={errors.cells}
          onChange={canEdit ? handleChange : undefined}
          onRemove={canEdit ? handleRemove : undefined}
        />
        {canEdit ? (
          <Button type="dashed" block icon={<PlusOutlined />} onClick={handleAdd} style={{ marginTop: 12 }} data-testid="rules-add">
            {t('forecasts.rules.add')}
          </Button>
        ) : (
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }} data-testid="rules-readonly">
            {t('forecasts.rules.readOnly')}
          </Typography.Paragraph>
        )}
      </Card>
    );
  }

  return (
    <PageContainer title={t('menu.forecasts')} subtitle={t('forecasts.rules.subtitle')} testId="forecast-settings-page">
      <ForecastTabs active="settings" />
      <Alert
        type="info"
        showIcon
        icon={<InfoCircleOutlined />}
        className="rules-help"
        title={t('forecasts.rules.help.title')}
        description={
          <Flex vertical gap={4}>
            <span>{t('forecasts.rules.help.band')}</span>
            <span>{t('forecasts.rules.help.match')}</span>
          </Flex>
        }
      />
      {body}
    </PageContainer>
  );
}
