import { Col, Form, Input, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemStatus } from './problemStatus';
import type { RuleDraft } from './ruleDraft';
import type { RuleProblem } from './types';

type RuleMetaFormProps = {
  draft: RuleDraft;
  /** The server's problems with the rule's own fields (`name`, `description`). */
  problems: RuleProblem[];
  /** Shown on the name while it is empty and a save was tried. */
  nameMissing: boolean;
  editable: boolean;
  onChange: (patch: Partial<Pick<RuleDraft, 'name' | 'description' | 'enabled'>>) => void;
};

/** The rule's name, description and whether it runs. */
export function RuleMetaForm({ draft, problems, nameMissing, editable, onChange }: RuleMetaFormProps) {
  const { t } = useTranslation();
  const byField = (field: string) => problems.find((p) => p.field === field);
  const nameStatus = nameMissing && !draft.name.trim() ? { validateStatus: 'error' as const, help: t('validation.required') } : problemStatus(byField('name'));
  return (
    <Form layout="vertical" className="rule-meta" data-testid="rule-meta">
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('rules.columns.name')} required {...nameStatus}>
            <Input value={draft.name} readOnly={!editable} maxLength={200} onChange={(e) => onChange({ name: e.target.value })} data-testid="rule-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={13}>
          <Form.Item label={t('rules.description')} {...problemStatus(byField('description'))}>
            <Input
              value={draft.description}
              readOnly={!editable}
              maxLength={2000}
              onChange={(e) => onChange({ description: e.target.value })}
              data-testid="rule-description"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={3}>
          <Form.Item label={t('rules.columns.enabled')}>
            <Switch checked={draft.enabled} disabled={!editable} onChange={(enabled) => onChange({ enabled })} data-testid="rule-enabled" />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
