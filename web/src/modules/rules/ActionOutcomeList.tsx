import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { describeOutcome, type OutcomeLine } from './actionOutcome';
import { approvalPath } from './approvalPath';
import type { ActionOutcome } from './types';
import { useRuleLabels } from './useRuleLabels';

/** What each action did (a run) or would do (`would`: a test run), one line each. */
export function ActionOutcomeList({ outcomes, would = false, testId }: { outcomes: ActionOutcome[]; would?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const labels = useRuleLabels();
  const formatDateTime = useFormatDateTime();
  const mode = would ? 'would' : 'did';

  const line = (o: OutcomeLine) => {
    switch (o.kind) {
      case 'task': {
        const who = o.queueRole ? t('rules.action.queueOf', { role: labels.role(o.queueRole) }) : (o.assignee ?? '—');
        const text = t(`rules.outcome.${mode}.task`, { title: o.title, who });
        const due = o.dueAt ? ` · ${t('rules.outcome.due', { at: formatDateTime(o.dueAt) })}` : '';
        return o.taskId ? (
          <>
            <Link to={`/tasks/${o.taskId}`}>{text}</Link>
            {due}
          </>
        ) : (
          `${text}${due}`
        );
      }
      case 'taskSkipped':
        return (
          <Typography.Text type="secondary">
            {t(`rules.outcome.${mode}.taskSkipped`, { title: o.title })}
            {o.taskId ? (
              <>
                {' '}
                <Link to={`/tasks/${o.taskId}`}>{t('rules.outcome.openTask')}</Link>
              </>
            ) : null}
          </Typography.Text>
        );
      case 'notify':
        return t(`rules.outcome.${mode}.notify`, {
          title: o.title,
          who: o.recipients.length ? o.recipients.join(t('rules.outcome.separator')) : t('rules.outcome.nobody'),
        });
      case 'setField':
        return t(`rules.outcome.${mode}.setField`, { field: labels.field(o.field), value: labels.customerStatus(o.value) });
      case 'message':
        return t(`rules.outcome.${mode}.message`, { body: o.body });
      case 'webhook':
        return t(`rules.outcome.${mode}.webhook`, { webhook: o.webhook });
      case 'approval': {
        const text = t(`rules.outcome.${mode}.approval`, { title: o.title, steps: approvalPath(o.steps, labels.role) });
        return o.approvalId ? <Link to={`/approvals/${o.approvalId}`}>{text}</Link> : text;
      }
      case 'failed':
        return <Typography.Text type="danger">{t('rules.outcome.failed', { type: labels.actionType(o.type), error: o.error })}</Typography.Text>;
      default:
        return labels.actionType(o.type);
    }
  };

  if (!outcomes.length) return <Typography.Text type="secondary">{t('rules.outcome.none')}</Typography.Text>;
  return (
    <ol className="rule-outcomes" data-testid={testId}>
      {outcomes.map((o, i) => (
        <li key={i}>{line(describeOutcome(o))}</li>
      ))}
    </ol>
  );
}
