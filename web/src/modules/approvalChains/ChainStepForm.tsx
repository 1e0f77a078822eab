import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { RoleSelect } from '../roles/RoleSelect';
import { problemStatus } from '../rules/problemStatus';
import { LABEL_MAX, type DraftStep } from './chainDraft';
import type { StepProblems } from './chainProblems';
import { CHAIN_WHENS, type ChainStep } from './types';
import { useChainWords } from './useChainWords';

type ChainStepFormProps = { step: DraftStep; problems: StepProblems; onChange: (patch: Partial<ChainStep>) => void };

/** Who approves (a role; the zone manager of the quote's zone), the label approvers see, and when the step applies. */
export function ChainStepForm({ step, problems, onChange }: ChainStepFormProps) {
  const { t } = useTranslation();
  const words = useChainWords();
  return (
    <Form layout="vertical" data-testid="chain-step-form">
      <Form.Item label={t('approvalChain.fields.role')} required {...problemStatus(problems.role, t('approvalChain.panel.roleHelp'))}>
        <RoleSelect
          value={step.role || undefined}
          placeholder={t('approvalChain.panel.rolePlaceholder')}
          status={problems.role ? 'error' : undefined}
          onChange={(role) => onChange({ role })}
          data-testid="chain-step-role"
        />
      </Form.Item>
      <Form.Item label={t('approvalChain.fields.label')} {...problemStatus(problems.label, t('approvalChain.panel.labelHelp'))}>
        <Input
          value={step.label}
          maxLength={LABEL_MAX}
          showCount
          placeholder={t('approvalChain.panel.labelPlaceholder')}
          onChange={(e) => onChange({ label: e.target.value })}
          data-testid="chain-step-label"
        />
      </Form.Item>
      <Form.Item label={t('approvalChain.fields.when')} required {...problemStatus(problems.when)}>
        <Radio.Group value={step.when} onChange={(e) => onChange({ when: e.target.value as string })} className="chain-when" data-testid="chain-step-when">
          {CHAIN_WHENS.map((when) => (
            <Radio key={when} value={when} data-testid={`chain-when-${when}`}>
              <span className="chain-when__name">{words.when(when)}</span>
              <span className="chain-when__help">{words.whenHelp(when)}</span>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
    </Form>
  );
}
