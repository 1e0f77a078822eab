import { AutoComplete, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { groupDigits } from '../../ui/groupDigits';
import { CustomerSelect } from '../customers/CustomerSelect';
import { OPPORTUNITY_SOURCES } from './opportunitySources';
import type { OpportunityFormValues } from './opportunityForm';
import { useOpportunityStages } from './useOpportunityStages';
import { useStageLabel } from './useStageLabel';

type OpportunityFormFieldsProps = {
  /** Customer of an existing opportunity: shown, not editable (owner and zone follow it). */
  customerLocked?: boolean;
  /** Label for the customer while the search has not loaded it. */
  customerLabel?: string | null;
  /** Stage and probability (editing an existing opportunity). */
  withStage?: boolean;
  columns?: 1 | 2;
};

const money = {
  formatter: groupDigits,
  parser: (v: string | undefined) => Number((v ?? '').replace(/[^\d.]/g, '')) || 0,
};

/** The Form.Items of an opportunity, shared by the create drawer and the record page. */
export function OpportunityFormFields({ customerLocked = false, customerLabel, withStage = false, columns = 1 }: OpportunityFormFieldsProps) {
  const { t } = useTranslation();
  const { data: stages } = useOpportunityStages();
  const stageLabel = useStageLabel();
  const form = Form.useFormInstance<OpportunityFormValues>();
  const stage = Form.useWatch('stage', form);
  const lost = stages?.find((s) => s.key === stage)?.outcome === 'lost';
  const span = columns === 2 ? 12 : 24;
  const required = { required: true, message: t('validation.required') };

  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item name="name" label={t('opportunities.name')} rules={[{ ...required, whitespace: true }, { max: 200 }]}>
          <Input data-testid="opportunity-name" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="customer_id" label={t('opportunities.customer')} rules={[required]}>
          <CustomerSelect
            disabled={customerLocked}
            currentLabel={customerLabel}
            placeholder={t('opportunities.customerPlaceholder')}
            data-testid="opportunity-customer"
          />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name="amount" label={t('opportunities.amountYuan')} rules={[required]}>
          <InputNumber<number>
            min={0}
            max={1e12}
            precision={2}
            step={1000}
            style={{ width: '100%' }}
            className="input-num-right"
            formatter={money.formatter}
            parser={money.parser}
            data-testid="opportunity-amount"
          />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name="expected_close_date" label={t('opportunities.expectedClose')} rules={[required]}>
          <DatePicker style={{ width: '100%' }} data-testid="opportunity-close-date" />
        </Form.Item>
      </Col>
      {withStage ? (
        <>
          <Col span={span}>
            <Form.Item name="stage" label={t('opportunities.stage')} rules={[required]}>
              <Select
                data-testid="opportunity-stage-select"
                options={(stages ?? []).map((s) => ({ value: s.key, label: `${stageLabel(s.key)} · ${s.probability}%` }))}
                onChange={(key: string) => {
                  // A new stage brings its default probability; it can still be set by hand.
                  const next = stages?.find((s) => s.key === key);
                  if (next) form.setFieldValue('probability', next.probability);
                }}
              />
            </Form.Item>
          </Col>
          <Col span={span}>
            <Form.Item name="probability" label={t('opportunities.probabilityPct')}>
              <InputNumber<number> min={0} max={100} precision={0} style={{ width: '100%' }} suffix="%" className="input-num-right" />
            </Form.Item>
          </Col>
        </>
      ) : null}
      <Col span={span}>
        <Form.Item name="source" label={t('opportunities.source')}>
          <AutoComplete
            allowClear
            maxLength={100}
            options={OPPORTUNITY_SOURCES.map((s) => ({ value: t(`opportunities.sources.${s}`) }))}
            data-testid="opportunity-source"
          />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name="competitor" label={t('opportunities.competitor')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
      </Col>
      {withStage && lost ? (
        <Col span={24}>
          <Form.Item
            name="lost_reason"
            label={t('opportunities.lostReason')}
            rules={[{ ...required, whitespace: true }, { max: 500 }]}
          >
            <Input.TextArea rows={2} maxLength={500} placeholder={t('opportunities.lostReasonPlaceholder')} />
          </Form.Item>
        </Col>
      ) : null}
    </Row>
  );
}
