import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { addParallelStep, addStep, canAddStep, moveStep, removeStep, updateStep, type DraftStep } from './chainDraft';
import { ChainErrorBar } from './ChainErrorBar';
import { ChainFlow } from './ChainFlow';
import { ChainNotes } from './ChainNotes';
import { ChainPanel } from './ChainPanel';
import type { ChainProblems } from './chainProblems';

type ChainEditorProps = {
  steps: DraftStep[];
  onSteps: (update: (steps: DraftStep[]) => DraftStep[]) => void;
  problems: ChainProblems;
  editable: boolean;
  selectedKey: string | null;
  onSelect: (key: string | null) => void;
};

/**
 * The design tab: the chain's own problems, the flow (click a step) and, for editors, the
 * clicked step's form beside it (the flow has the width while none is open); read only for
 * everyone else.
 */
export function ChainEditor({ steps, onSteps, problems, editable, selectedKey, onSelect }: ChainEditorProps) {
  const { t } = useTranslation();
  const selected = steps.find((s) => s.key === selectedKey);

  const add = () => {
    const added = addStep(steps);
    onSteps(() => added.steps);
    onSelect(added.key);
  };
  const addParallel = (key: string) => {
    const added = addParallelStep(steps, key);
    if (!added) return;
    onSteps(() => added.steps);
    onSelect(added.key);
  };
  const remove = (key: string) => {
    onSteps((s) => removeStep(s, key));
    onSelect(null);
  };

  if (!editable) {
    return (
      <div data-testid="chain-editor" data-editable="false">
        <ChainFlow steps={steps} />
        <ChainNotes />
      </div>
    );
  }
  return (
    <div data-testid="chain-editor" data-editable="true">
      <ChainErrorBar problems={problems.chain} />
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('approvalChain.editHelp')}</Typography.Text>
        <Button icon={<PlusOutlined />} disabled={!canAddStep(steps)} onClick={add} data-testid="chain-add-step">
          {t('approvalChain.actions.add')}
        </Button>
      </Flex>
      <Row gutter={16} wrap={false} className="rule-editor__body">
        <Col flex="auto" style={{ minWidth: 0 }}>
          <ChainFlow steps={steps} problems={problems} selectedKey={selectedKey} onSelect={onSelect} />
          <ChainNotes />
        </Col>
        {selected ? (
          <Col flex="380px">
            <ChainPanel
              steps={steps}
              step={selected}
              problems={problems}
              onChange={(key, patch) => onSteps((s) => updateStep(s, key, patch))}
              onParallel={addParallel}
              onMove={(key, delta) => onSteps((s) => moveStep(s, key, delta))}
              onRemove={remove}
              onClose={() => onSelect(null)}
            />
          </Col>
        ) : null}
      </Row>
    </div>
  );
}
