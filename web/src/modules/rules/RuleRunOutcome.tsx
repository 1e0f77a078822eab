import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ActionOutcomeList } from './ActionOutcomeList';
import type { RuleRun } from './types';

const REASONS: Record<string, string> = {
  'condition not met': 'conditionNotMet',
  'the record is gone': 'recordGone',
};

/** What a run did: the actions' results, why it was skipped or stopped, or its error. */
export function RuleRunOutcome({ run }: { run: RuleRun }) {
  const { t } = useTranslation();
  const result = run.result ?? {};
  return (
    <div className="rule-run-outcome">
      {result.actions ? <ActionOutcomeList outcomes={result.actions} testId="rule-run-actions" /> : null}
      {result.reason ? (
        <Typography.Text type="secondary">
          {REASONS[result.reason] ? t(`rules.runs.reasons.${REASONS[result.reason]}`) : result.reason}
        </Typography.Text>
      ) : null}
      {run.status === 'loop_stopped' ? (
        <Typography.Text type="warning">{t('rules.runs.loopStopped', { count: result.runs_last_minute ?? 0 })}</Typography.Text>
      ) : null}
      {run.error ? (
        <Typography.Text type="danger" className="rule-run-outcome__error">
          {run.error}
        </Typography.Text>
      ) : null}
      {!result.actions && !result.reason && !run.error && run.status === 'queued' ? (
        <Typography.Text type="secondary">{t('rules.runs.waiting')}</Typography.Text>
      ) : null}
    </div>
  );
}
