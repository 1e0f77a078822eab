import { App, Form, Input, Modal, Radio, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpenSession } from '../../ui/useOpenSession';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { CUSTOMER_VALUES } from './customerValues';
import type { Customer, CustomerGrade } from './types';
import { useCustomerMutations } from './useCustomerMutations';

const FORM_ID = 'grade-override-form';
/** The radio value meaning "back to the computed grade" (sent as null). */
const COMPUTED = 'computed';

type Values = { grade: CustomerGrade | typeof COMPUTED; reason: string };

/** A manager sets the grade by hand, with a reason, or returns it to the computed one. */
export function GradeOverrideModal({ customer, open, onClose }: { customer: Customer; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const { overrideGrade } = useCustomerMutations();
  const session = useOpenSession(open);

  const handleSubmit = (values: Values, form: FormInstance<Values>) =>
    overrideGrade.mutate(
      { id: customer.id, input: { grade: values.grade === COMPUTED ? null : values.grade, reason: values.reason?.trim() ?? '' } },
      {
        onSuccess: () => {
          message.success(t('customers.gradeSaved'));
          onClose();
        },
        onError: (error) => handleError(error, { form, conflictMessage: t('errors.conflict') }),
      },
    );

  return (
    <Modal
      open={open}
      title={t('customers.gradeOverrideTitle', { name: customer.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID, loading: overrideGrade.isPending }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('customers.gradeComputedHint', { grade: customer.grade_computed ?? '—' })}
      </Typography.Paragraph>
      <GradeForm key={session} customer={customer} onSubmit={handleSubmit} />
    </Modal>
  );
}

function GradeForm({ customer, onSubmit }: { customer: Customer; onSubmit: (v: Values, f: FormInstance<Values>) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const grade = Form.useWatch('grade', form);
  const overridden = !!customer.grade_override_reason;
  return (
    <Form<Values>
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={{ grade: overridden && customer.grade ? customer.grade : COMPUTED, reason: customer.grade_override_reason ?? '' }}
      onFinish={(values) => onSubmit(values, form)}
    >
      <Form.Item name="grade" label={t('customers.grade')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: COMPUTED, label: t('customers.gradeComputed', { grade: customer.grade_computed ?? '—' }) },
            ...CUSTOMER_VALUES.grades.map((g) => ({ value: g, label: t('customers.gradeN', { grade: g }) })),
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('customers.gradeReason')}
        rules={[{ required: grade !== COMPUTED, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('customers.gradeReasonPlaceholder')} />
      </Form.Item>
    </Form>
  );
}
