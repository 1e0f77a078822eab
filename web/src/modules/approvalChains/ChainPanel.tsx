import { CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConditionPanel } from '../rules/ConditionPanel';
import { useRuleLabels } from '../rules/useRuleLabels';
import type { DraftStep } from './chainDraft';
import type { ChainProblems } from './chainProblems';
import { ChainStepActions } from './ChainStepActions';
import { ChainStepForm } from './ChainStepForm';
import type { ChainStep } from './types';
import { useChainWords } from './useChainWords';
import { useQuoteApprovalChain } from './useQuoteApprovalChain';

// Fields the form shows its problems on; others (`seq`, the step as a whole) go above it.
const FORM_FIELDS = ['role', 'label', 'when', 'condition'];

type ChainPanelProps = {
  steps: DraftStep[];
  step: DraftStep;
  problems: ChainProblems;
  onChange: (key: string, patch: Partial<ChainStep>) => void;
  onParallel: (key: string) => void;
  onMove: (key: string, delta: -1 | 1) => void;
  onRemove: (key: string) => void;
  onClose: () => void;
};

/** Beside the chain: the clicked step's form and what may be done to it (add one in parallel, move, delete). */
export function ChainPanel({ steps, step, problems, onChange, onParallel, onMove, onRemove, onClose }: ChainPanelProps) {
  const { t } = useTranslation();
  const words = useChainWords();
  const labels = useRuleLabels();
  // The fields come with the chain: its editors (directors) need not read the rules.
  const fields = useQuoteApprovalChain().data?.fields ?? [];
  const stepProblems = problems.steps.get(step.key) ?? {};
  const other = Object.entries(stepProblems).filter(([field]) => !FORM_FIELDS.includes(field));
  return (
    <Card
      size="small"
      title={step.role ? `${t('approvalChain.node.seq', { seq: step.seq })} · ${labels.role(step.role)}` : t('approvalChain.node.seq', { seq: step.seq })}
      extra={<Button type="text" size="small" icon={<CloseOutlined />} onClick={onClose} aria-label={t('common.close')} data-testid="chain-panel-close" />}
      className="rule-panel"
      data-testid="chain-panel"
    >
      <ChainStepActions
        steps={steps}
        stepKey={step.key}
        onParallel={() => onParallel(step.key)}
        onMove={(delta) => onMove(step.key, delta)}
        onRemove={() => onRemove(step.key)}
      />
      <Divider style={{ margin: '12px 0' }} />
      {other.map(([field, p]) => (
        <Alert key={field} type="error" showIcon title={field ? `${words.field(field)}: ${p.message}` : p.message} style={{ marginBottom: 12 }} />
      ))}
      <ChainStepForm step={step} problems={stepProblems} onChange={(patch) => onChange(step.key, patch)} />
      <ConditionPanel
        key={step.key}
        condition={step.condition}
        fields={fields}
        problems={stepProblems.condition ? [stepProblems.condition] : []}
        editable
        onChange={(condition) => onChange(step.key, { condition })}
        help={t('approvalChain.panel.conditionHelp')}
        placeholder="quote.max_discount_pct >= 25"
      />
    </Card>
  );
}
