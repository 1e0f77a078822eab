import { InfoCircleOutlined, PlusOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageContainer } from '../../ui/PageContainer';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import type { FieldError } from '../http/ApiError';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { useProductLines } from '../products/useProductLines';
import { useZones } from '../zones/useZones';
import { AuthorityLimitTable, DEFAULT_LIMIT_KEY, type LimitRow } from './AuthorityLimitTable';
import {
  isDefaultLimit,
  limitErrors,
  limitInputs,
  nextLimit,
  orderLimits,
  validateLimits,
  type LimitCell,
  type LimitError,
  type LimitErrorKind,
} from './limitRows';
import type { AuthorityLimit } from './types';
import { useAuthorityLimits } from './useAuthorityLimits';
import { useSaveAuthorityLimits } from './useSaveAuthorityLimits';

type Errors = { cells: Map<string, Partial<Record<LimitCell, LimitError>>>; general: LimitError[] };
const NO_ERRORS: Errors = { cells: new Map(), general: [] };

let nextKey = 0;
function toRows(items: readonly AuthorityLimit[]): LimitRow[] {
  let hasDefault = false;
  return orderLimits(items).map((l) => {
    const isDefault = !hasDefault && isDefaultLimit(l);
    hasDefault ||= isDefault;
    return { ...l, key: isDefault ? DEFAULT_LIMIT_KEY : `limit-${(nextKey += 1)}` };
  });
}

/**
 * The "power list": how far reps and zone managers may discount per zone and product line,
 * above which total the director approves, the price floor and lines without discounts.
 * Everyone with `authority_limit:read` sees it; `authority_limit:update` edits and saves
 * it all at once, mistakes shown on their cells (checked here first, then by the server).
 */
export function AuthorityLimitEditor() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const canEdit = me?.user.role === 'admin' || can(me, 'authority_limit', 'update');
  const handleError = useApiErrorHandler();
  const limits = useAuthorityLimits();
  const save = useSaveAuthorityLimits();
  const zones = useZones();
  const loaded = useMemo(() => toRows(limits.data?.items ?? []), [limits.data]);
  const [draft, setDraft] = useState<LimitRow[] | null>(null);
  const [errors, setErrors] = useState<Errors>(NO_ERRORS);
  const rows = draft ?? loaded;
  const productLines = useProductLines(rows.map((r) => r.product_line));

  const showErrors = (fieldErrors: readonly (FieldError & { kind?: LimitErrorKind })[], saved: readonly LimitRow[]) => {
    const mapped = limitErrors(fieldErrors);
    const cells = new Map<string, Partial<Record<LimitCell, LimitError>>>();
    for (const [index, cell] of mapped.rows) {
      const row = saved[index];
      if (row) cells.set(row.key, cell);
    }
    setErrors({ cells, general: mapped.general });
  };

  const handleChange = (key: string, patch: Partial<AuthorityLimit>) => {
    setDraft(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    if (errors.cells.has(key) || errors.general.length) {
      const cells = new Map(errors.cells);
      cells.delete(key);
      setErrors({ cells, general: [] });
    }
  };
  const handleRemove = (key: string) => setDraft(rows.filter((r) => r.key !== key));
  const handleAdd = () => setDraft([...rows, { ...nextLimit(rows, zones.data ?? []), key: `limit-${(nextKey += 1)}` }]);
  const handleReset = () => {
    setDraft(null);
    setErrors(NO_ERRORS);
  };
  const handleSave = () => {
    const saving = rows;
    const body = limitInputs(saving);
    const mistakes = validateLimits(body);
    if (mistakes.length) {
      showErrors(mistakes, saving);
      return;
    }
    save.mutate(body, {
      onSuccess: () => {
        setDraft(null);
        setErrors(NO_ERRORS);
        message.success(t('authorityLimits.saved'));
      },
      onError: (error) => {
        if (isApiError(error) && error.errors.length) showErrors(error.errors, saving);
        else handleError(error, { conflictMessage: t('errors.conflict') });
      },
    });
  };

  const generalText = (e: LimitError) => (e.kind === 'server' ? e.message : t(`authorityLimits.errors.${e.kind}`));

  let body;
  if (limits.error) {
    body = (
      <Alert
        type="error"
        showIcon
        title={t('authorityLimits.loadFailed')}
        description={isApiError(limits.error) ? describeApiError(limits.error, t) : undefined}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void limits.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (limits.isLoading) {
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  } else {
    body = (
      <Card
        title={t('authorityLimits.title')}
        extra={
          canEdit ? (
            <Space>
              {draft ? (
                <Typography.Text type="warning" data-testid="limits-dirty">
                  {t('authorityLimits.unsaved')}
                </Typography.Text>
              ) : null}
              <Button onClick={handleReset} disabled={!draft || save.isPending}>
                {t('common.reset')}
              </Button>
              <Button type="primary" icon={<SaveOutlined />} onClick={handleSave} disabled={!draft} loading={save.isPending} data-testid="limits-save">
                {t('common.save')}
              </Button>
            </Space>
          ) : null
        }
        data-testid="authority-limits"
      >
        {errors.general.map((e) => (
          <Alert key={e.message} type="error" showIcon title={generalText(e)} style={{ marginBottom: 12 }} data-testid="limits-error" />
        ))}
        <AuthorityLimitTable
          rows={rows}
          productLines={productLines}
          errors={errors.cells}
          onChange={canEdit ? handleChange : undefined}
          onRemove={canEdit ? handleRemove : undefined}
        />
        {canEdit ? (
          <Button type="dashed" block icon={<PlusOutlined />} onClick={handleAdd} style={{ marginTop: 12 }} data-testid="limits-add">
            {t('authorityLimits.add')}
          </Button>
        ) : (
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }} data-testid="limits-readonly">
            {t('authorityLimits.readOnly')}
          </Typography.Paragraph>
        )}
      </Card>
    );
  }

  return (
    <PageContainer title={t('menu.authorityLimits')} subtitle={t('authorityLimits.subtitle')} testId="authority-limits-page">
      <Alert
        type="info"
        showIcon
        icon={<InfoCircleOutlined />}
        className="rules-help"
        title={t('authorityLimits.help.title')}
        description={
          <Flex vertical gap={4}>
            <span>{t('authorityLimits.help.approval')}</span>
            <span>{t('authorityLimits.help.refused')}</span>
            <span>{t('authorityLimits.help.match')}</span>
          </Flex>
        }
      />
      {body}
    </PageContainer>
  );
}
