import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RoleSelect } from '../roles/RoleSelect';
import { indexedFieldErrors } from '../http/indexedFieldErrors';
import { ActionTextFields } from './ActionTextFields';
import { problemStatus } from './problemStatus';
import type { ApprovalStepSpec, RuleProblem, StartApprovalAction, TopicField } from './types';

const MAX_STEPS = 5;

type StartApprovalFieldsProps = {
  action: StartApprovalAction;
  problems: Record<string, RuleProblem>;
  fields: TopicField[];
  editable: boolean;
  onChange: (action: StartApprovalAction) => void;
};

/** An approval request on the record: its title and 1–5 steps (same order number = in parallel). */
export function StartApprovalFields({ action, problems, fields, editable, onChange }: StartApprovalFieldsProps) {
  const { t } = useTranslation();
  // `steps[1].role` arrives as the field "steps[1].role" of this action.
  const stepErrors = indexedFieldErrors(
    Object.entries(problems).map(([field, p]) => ({ ...p, field })),
    'steps',
  ).rows;
  const setStep = (index: number, patch: Partial<ApprovalStepSpec>) =>
    onChange({ ...action, steps: action.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) });
  const addStep = () => {
    const last = action.steps.reduce((max, s) => Math.max(max, s.seq), 0);
    onChange({ ...action, steps: [...action.steps, { seq: Math.min(MAX_STEPS, last + 1), role: 'sales_director' }] });
  };
  return (
    <>
      <ActionTextFields title={action.title} problems={problems} fields={fields} editable={editable} onChange={(p) => onChange({ ...action, ...p })} />
      <Form.Item label={t('rules.actionFields.steps')} required {...problemStatus(problems.steps, t('rules.action.stepsHelp'))}>
        <Flex vertical gap={8} data-testid="rule-approval-steps">
          {action.steps.map((step, i) => {
            const errors = stepErrors.get(i) ?? {};
            return (
              <div key={i} className="rule-step">
                <Flex gap={6} align="flex-start">
                  <InputNumber<number>
                    value={step.seq}
                    min={1}
                    max={MAX_STEPS}
                    disabled={!editable}
                    status={errors.seq ? 'error' : undefined}
                    onChange={(seq) => setStep(i, { seq: seq ?? 1 })}
                    style={{ width: 64 }}
                    aria-label={t('rules.action.stepSeq')}
                  />
                  <RoleSelect
                    value={step.role}
                    disabled={!editable}
                    status={errors.role ? 'error' : undefined}
                    onChange={(role) => setStep(i, { role })}
                    style={{ flex: 1, minWidth: 0 }}
                  />
                  {editable ? (
                    <Button
                      icon={<DeleteOutlined />}
                      disabled={action.steps.length <= 1}
                      onClick={() => onChange({ ...action, steps: action.steps.filter((_, j) => j !== i) })}
                      aria-label={t('common.delete')}
                    />
                  ) : null}
                </Flex>
                <Input
                  size="small"
                  value={step.label ?? ''}
                  readOnly={!editable}
                  placeholder={t('rules.action.stepLabel')}
                  onChange={(e) => setStep(i, { label: e.target.value })}
                  style={{ marginTop: 4 }}
                />
                {errors.seq || errors.role ? (
                  <Typography.Text type="danger" className="rule-step__error">
                    {(errors.seq ?? errors.role).message}
                  </Typography.Text>
                ) : null}
              </div>
            );
          })}
          {editable && action.steps.length < MAX_STEPS ? (
            <Button type="dashed" icon={<PlusOutlined />} onClick={addStep} block>
              {t('rules.action.addStep')}
            </Button>
          ) : null}
        </Flex>
      </Form.Item>
    </>
  );
}
