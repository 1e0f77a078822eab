import { useTranslation } from 'react-i18next';
import { useWebhooks } from '../webhooks/useWebhooks';
import { approvalPath } from './approvalPath';
import type { RuleAction } from './types';
import { useRuleLabels } from './useRuleLabels';

/** Two or three short lines on what an action does (in a node or a version). */
export function ActionSummary({ action }: { action: RuleAction }) {
  const { t } = useTranslation();
  const labels = useRuleLabels();
  const webhooks = useWebhooks(action.type === 'call_webhook');
  const untitled = <em>{t('rules.action.noTitle')}</em>;
  const titleOf = (title: string) => (title.trim() ? title : untitled);
  let title;
  let meta: string[] = [];
  switch (action.type) {
    case 'create_task': {
      const who = action.queue_role !== undefined ? t('rules.action.queueOf', { role: labels.role(action.queue_role) }) : labels.recipient(action.assignee ?? '');
      title = titleOf(action.title);
      meta = [`${labels.taskType(action.task_type)} · ${labels.department(action.department)} → ${who}`];
      if (typeof action.due_hours === 'number') meta.push(t('rules.action.dueIn', { count: action.due_hours }));
      break;
    }
    case 'notify':
      title = titleOf(action.title);
      meta = [`→ ${labels.recipient(action.to)}`];
      break;
    case 'set_field':
      title = `${labels.field(action.field)} = ${typeof action.value === 'string' ? labels.customerStatus(action.value) : JSON.stringify(action.value)}`;
      break;
    case 'post_message':
      title = titleOf(action.body);
      meta = [t('rules.action.onThread')];
      break;
    case 'call_webhook': {
      const hook = webhooks.data?.items.find((w) => w.id === action.webhook_id);
      title = hook ? hook.name : action.webhook_id ? `#${action.webhook_id}` : <em>{t('rules.action.noWebhook')}</em>;
      if (hook) meta = [hook.url];
      break;
    }
    case 'start_approval':
      title = titleOf(action.title);
      meta = [approvalPath(action.steps, labels.role)];
      break;
    default:
      title = (action as { type: string }).type;
  }
  return (
    <div className="rule-action-summary">
      <div className="rule-action-summary__title">{title}</div>
      {meta.map((m) => (
        <div key={m} className="rule-action-summary__meta">
          {m}
        </div>
      ))}
    </div>
  );
}

