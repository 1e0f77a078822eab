import { App, Button, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { useMe } from '../auth/useMe';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { customerFormValues, customerPatchInput, type CustomerFormValues } from './customerForm';
import { CustomerFormFields } from './CustomerFormFields';
import type { Customer } from './types';
import { useCustomerMutations } from './useCustomerMutations';

/**
 * The customer's fields as an edit form. Saves only what changed, with the version it
 * was loaded at; a 409 (someone else saved first) goes through the common error policy
 * and the record is read again.
 */
export function CustomerDetailsForm({ customer, editable }: { customer: Customer; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const formatDateTime = useFormatDateTime();
  const { update } = useCustomerMutations();
  const hidden = useMe().data?.hidden_fields.customer ?? [];
  const [form] = Form.useForm<CustomerFormValues>();

  const handleSubmit = (values: CustomerFormValues) => {
    const input = customerPatchInput(customer, values);
    if (Object.keys(input).length === 1) {
      message.info(t('customers.noChanges'));
      return;
    }
    update.mutate(
      { id: customer.id, input },
      {
        onSuccess: () => message.success(t('common.saved')),
        onError: (error) => handleError(error, { form, conflictMessage: t('errors.conflict') }),
      },
    );
  };

  return (
    <Form<CustomerFormValues>
      // A new version (ours or someone else's) starts the form again from the record.
      key={customer.version}
      form={form}
      layout="vertical"
      disabled={!editable}
      initialValues={customerFormValues(customer)}
      onFinish={handleSubmit}
      className="customer-details-form"
      data-testid="customer-details-form"
    >
      <CustomerFormFields hidden={hidden} withStatus columns={2} />
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary">
          {t('customers.versionNote', { version: customer.version, at: formatDateTime(customer.updated_at) })}
        </Typography.Text>
        {editable ? (
          <Flex gap={8}>
            <Button onClick={() => form.resetFields()}>{t('common.reset')}</Button>
            <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="customer-save">
              {t('common.save')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
    </Form>
  );
}
