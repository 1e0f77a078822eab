import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPct } from '../../ui/formatPct';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { useAuthorityLimits } from '../authorityLimits/useAuthorityLimits';
import { chainLimits } from './chainLimits';

/**
 * The chain's start in words, with the power list's default figures it turns on ("rep ≤ 10 %
 * · manager ≤ 20 % · total above ¥100,000"), and how many rows override them.
 */
export function useChainStartText() {
  const { t, i18n } = useTranslation();
  const formatMoney = useFormatMoney();
  const limits = useAuthorityLimits();
  return useMemo(() => {
    const figures = chainLimits(limits.data?.items ?? []);
    const pct = (v: number | null) => (v === null ? '—' : formatPct(v, i18n.language));
    const amount = figures.directorAbove === null ? t('approvalChain.start.never') : formatMoney(figures.directorAbove, 'CNY', { whole: true });
    return {
      title: t('approvalChain.start.title'),
      detail: limits.data ? t('approvalChain.start.detail', { rep: pct(figures.repMaxPct), manager: pct(figures.managerMaxPct), amount }) : undefined,
      approved: t('approvalChain.approved'),
      overrides: figures.overrides,
      limitsMissing: !!limits.error,
    };
  }, [limits.data, limits.error, t, i18n.language, formatMoney]);
}
