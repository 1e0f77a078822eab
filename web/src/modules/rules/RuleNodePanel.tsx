import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ActionPanel } from './ActionPanel';
import { AddActionPanel } from './AddActionPanel';
import { ConditionPanel } from './ConditionPanel';
import { actionKeyOf, ADD_NODE, CONDITION_NODE, TRIGGER_NODE } from './ruleGraph';
import type { RuleDraft } from './ruleDraft';
import type { NodeProblems } from './ruleProblems';
import { TriggerPanel } from './TriggerPanel';
import type { RuleAction, RuleActionType, RuleTopic } from './types';

type RuleNodePanelProps = {
  selectedId: string | null;
  draft: RuleDraft;
  problems: NodeProblems;
  topics: RuleTopic[] | undefined;
  editable: boolean;
  onTopic: (topic: string) => void;
  onCondition: (condition: string) => void;
  onAction: (key: string, action: RuleAction) => void;
  onMove: (key: string, delta: number) => void;
  onRemove: (key: string) => void;
  onAdd: (type: RuleActionType) => void;
};

/** The side panel: the form of the node clicked in the flow. */
export function RuleNodePanel(props: RuleNodePanelProps) {
  const { t } = useTranslation();
  const { selectedId, draft, problems, topics, editable } = props;
  const fields = topics?.find((x) => x.topic === draft.trigger_topic)?.fields ?? [];
  const key = selectedId ? actionKeyOf(selectedId) : null;
  const index = key ? draft.actions.findIndex((a) => a.key === key) : -1;

  let title = t('rules.panel.pick');
  let body = <Typography.Paragraph type="secondary">{t('rules.panel.pickHelp')}</Typography.Paragraph>;
  if (selectedId === TRIGGER_NODE) {
    title = t('rules.nodes.trigger');
    body = <TriggerPanel topic={draft.trigger_topic} topics={topics} problems={problems.trigger} editable={editable} onChange={props.onTopic} />;
  } else if (selectedId === CONDITION_NODE) {
    title = t('rules.nodes.condition');
    body = <ConditionPanel condition={draft.condition} fields={fields} problems={problems.condition} editable={editable} onChange={props.onCondition} />;
  } else if (selectedId === ADD_NODE) {
    title = t('rules.nodes.add');
    body = <AddActionPanel problems={problems.actionList} onAdd={props.onAdd} disabled={!editable} />;
  } else if (key && index >= 0) {
    const entry = draft.actions[index];
    title = t('rules.nodes.action', { n: index + 1 });
    body = (
      <ActionPanel
        key={entry.key}
        action={entry.action}
        index={index}
        count={draft.actions.length}
        problems={problems.actions.get(entry.key) ?? {}}
        fields={fields}
        editable={editable}
        onChange={(action) => props.onAction(entry.key, action)}
        onMove={(delta) => props.onMove(entry.key, delta)}
        onRemove={() => props.onRemove(entry.key)}
      />
    );
  }
  return (
    <Card size="small" title={title} className="rule-panel" data-testid="rule-panel">
      {body}
    </Card>
  );
}
