import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { groupDigits } from '../../ui/groupDigits';
import { CUSTOMER_VALUES } from './customerValues';
import { useCustomerLabels } from './useCustomerLabels';

type CustomerFormFieldsProps = {
  /** Fields hidden from the caller's role (`hidden_fields.customer`): not shown, not sent. */
  hidden?: string[];
  /** Show the status select (editing; a new customer gets the server default). */
  withStatus?: boolean;
  /** Two columns on wide forms. */
  columns?: 1 | 2;
};

/** The Form.Items of a customer, shared by the create drawer and the Details tab. */
export function CustomerFormFields({ hidden = [], withStatus = false, columns = 1 }: CustomerFormFieldsProps) {
  const { t } = useTranslation();
  const labels = useCustomerLabels();
  const show = (field: string) => !hidden.includes(field);
  const span = columns === 2 ? 12 : 24;
  const required = [{ required: true, whitespace: true, message: t('validation.required') }];

  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item name="name" label={t('customers.name')} rules={[...required, { max: 200 }]}>
          <Input data-testid="customer-name" />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name="segment" label={t('customers.segment')} rules={required}>
          <Select
            data-testid="customer-segment"
            options={CUSTOMER_VALUES.segments.map((s) => ({ value: s, label: labels.segment(s) }))}
          />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name="channel" label={t('customers.channel')} rules={required}>
          <Select
            data-testid="customer-channel"
            options={CUSTOMER_VALUES.channels.map((c) => ({ value: c, label: labels.channel(c) }))}
          />
        </Form.Item>
      </Col>
      {withStatus ? (
        <Col span={span}>
          <Form.Item name="status" label={t('customers.status')}>
            <Select options={CUSTOMER_VALUES.statuses.map((s) => ({ value: s, label: labels.status(s) }))} />
          </Form.Item>
        </Col>
      ) : null}
      <Col span={span}>
        <Form.Item name="industry" label={t('customers.industry')}>
          <Input />
        </Form.Item>
      </Col>
      {show('phone') ? (
        <Col span={span}>
          <Form.Item name="phone" label={t('customers.phone')}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      ) : null}
      {show('email') ? (
        <Col span={span}>
          <Form.Item name="email" label={t('customers.email')} rules={[{ type: 'email', message: t('validation.email') }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      ) : null}
      <Col span={span}>
        <Form.Item name="credit_limit" label={t('customers.creditLimitYuan')}>
          <InputNumber<number>
            min={0}
            max={1e12}
            precision={2}
            step={1000}
            style={{ width: '100%' }}
            formatter={groupDigits}
            parser={(v) => Number((v ?? '').replace(/[^\d.]/g, '')) || 0}
            data-testid="customer-credit-limit"
          />
        </Form.Item>
      </Col>
      {show('address') ? (
        <Col span={24}>
          <Form.Item name="address" label={t('customers.address')}>
            <Input />
          </Form.Item>
        </Col>
      ) : null}
      <Col span={columns === 2 ? 8 : 12}>
        <Form.Item name="city" label={t('customers.city')}>
          <Input />
        </Form.Item>
      </Col>
      <Col span={columns === 2 ? 8 : 12}>
        <Form.Item name="state" label={t('customers.state')}>
          <Input />
        </Form.Item>
      </Col>
      {columns === 2 ? (
        <Col span={8}>
          <Form.Item name="postal_code" label={t('customers.postalCode')}>
            <Input />
          </Form.Item>
        </Col>
      ) : null}
    </Row>
  );
}
