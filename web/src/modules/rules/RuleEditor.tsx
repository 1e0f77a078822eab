import { Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { moveAction, newAction, newActionKey, type RuleDraft } from './ruleDraft';
import { actionNodeId, buildRuleGraph, CONDITION_NODE, estimateNodeHeight } from './ruleGraph';
import { RuleFlow } from './RuleFlow';
import { RuleMetaForm } from './RuleMetaForm';
import { RuleNodePanel } from './RuleNodePanel';
import type { NodeProblems } from './ruleProblems';
import type { RuleAction, RuleTopic } from './types';

type RuleEditorProps = {
  draft: RuleDraft;
  onDraft: (update: (draft: RuleDraft) => RuleDraft) => void;
  problems: NodeProblems;
  topics: RuleTopic[] | undefined;
  editable: boolean;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  nameMissing: boolean;
};

/** The design tab: name and switch, the flow (click a node) and the clicked node's form beside it. */
export function RuleEditor({ draft, onDraft, problems, topics, editable, selectedId, onSelect, nameMissing }: RuleEditorProps) {
  const { t } = useTranslation();
  const labels = useMemo(() => ({ check: t('rules.edges.check'), holds: t('rules.edges.holds'), next: t('rules.edges.next') }), [t]);
  const { nodes, edges } = useMemo(
    () => buildRuleGraph(draft, problems, { editable, selectedId, labels }),
    [draft, problems, editable, selectedId, labels],
  );

  // Tall enough for the flow at full size (up to a point; beyond it the flow zooms out).
  const last = nodes[nodes.length - 1];
  const height = Math.min(900, Math.max(560, (last ? last.position.y + estimateNodeHeight(last.data) : 0) + 90));

  const setAction = (key: string, action: RuleAction) =>
    onDraft((d) => ({ ...d, actions: d.actions.map((a) => (a.key === key ? { ...a, action } : a)) }));
  const move = (key: string, delta: number) =>
    onDraft((d) => ({ ...d, actions: moveAction(d.actions, d.actions.findIndex((a) => a.key === key), delta) }));
  const remove = (key: string) => {
    onDraft((d) => ({ ...d, actions: d.actions.filter((a) => a.key !== key) }));
    onSelect(CONDITION_NODE);
  };
  const add = (type: RuleAction['type']) => {
    const key = newActionKey();
    onDraft((d) => ({ ...d, actions: [...d.actions, { key, action: newAction(type) }] }));
    onSelect(actionNodeId(key));
  };

  return (
    <div data-testid="rule-editor">
      <RuleMetaForm
        draft={draft}
        problems={problems.rule}
        nameMissing={nameMissing}
        editable={editable}
        onChange={(patch) => onDraft((d) => ({ ...d, ...patch }))}
      />
      <Row gutter={16} wrap={false} className="rule-editor__body">
        <Col flex="auto" style={{ minWidth: 0 }}>
          <RuleFlow nodes={nodes} edges={edges} onSelect={onSelect} height={height} />
        </Col>
        <Col flex="420px">
          <RuleNodePanel
            selectedId={selectedId}
            draft={draft}
            problems={problems}
            topics={topics}
            editable={editable}
            onTopic={(topic) => onDraft((d) => ({ ...d, trigger_topic: topic }))}
            onCondition={(condition) => onDraft((d) => ({ ...d, condition }))}
            onAction={setAction}
            onMove={move}
            onRemove={remove}
            onAdd={add}
          />
        </Col>
      </Row>
    </div>
  );
}
