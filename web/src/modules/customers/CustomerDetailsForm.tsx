import { Alert, App, Button, Flex, Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { customerFormValues, customerPatchInput, type CustomerFormValues } from './customerForm';
import { CustomerFormFields } from './CustomerFormFields';
import type { Customer } from './types';
import { useCustomerMutations } from './useCustomerMutations';

/**
 * The customer's fields as an edit form. Saves only what changed, with the version it
 * was loaded at; a 409 (someone else saved first) goes through the common error policy
 * and the record is read again. A newer version (the page is live) replaces the form
 * unless it has unsaved edits: those stay, with a note, and saving them is refused as stale.
 */
export function CustomerDetailsForm({ customer, editable }: { customer: Customer; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const formatDateTime = useFormatDateTime();
  const { update } = useCustomerMutations();
  const hidden = useMe().data?.hidden_fields.customer ?? [];
  const [form] = Form.useForm<CustomerFormValues>();
  // The version the form was loaded at, kept while it has unsaved edits.
  const [base, setBase] = useState(customer);
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty && customer !== base) setBase(customer);
  }, [customer, base, dirty]);
  // The form instance outlives the remount, and keeps values over new initial ones: reset.
  useEffect(() => form.resetFields(), [base.version, form]);
  const newer = dirty && customer.version !== base.version;

  const handleSubmit = (values: CustomerFormValues) => {
    const input = customerPatchInput(base, values);
    if (Object.keys(input).length === 1) {
      message.info(t('customers.noChanges'));
      return;
    }
    update.mutate(
      { id: customer.id, input },
      {
        onSuccess: () => {
          setDirty(false);
          message.success(t('common.saved'));
        },
        onError: (error) => {
          handleError(error, { form, conflictMessage: t('errors.conflict') });
          // Stale: start again from the record as it is now.
          if (isApiError(error) && error.status === 409) setDirty(false);
        },
      },
    );
  };

  return (
    <Form<CustomerFormValues>
      // A new version (ours or someone else's) starts the form again from the record.
      key={base.version}
      form={form}
      layout="vertical"
      disabled={!editable}
      initialValues={customerFormValues(base)}
      onValuesChange={() => setDirty(true)}
      onFinish={handleSubmit}
      className="customer-details-form"
      data-testid="customer-details-form"
    >
      {newer ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('customers.changedMeanwhile', { version: customer.version })}
          data-testid="customer-changed-meanwhile"
        />
      ) : null}
      <CustomerFormFields hidden={hidden} withStatus columns={2} />
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary">
          {t('customers.versionNote', { version: base.version, at: formatDateTime(base.updated_at) })}
        </Typography.Text>
        {editable ? (
          <Flex gap={8}>
            <Button
              onClick={() => {
                form.resetFields();
                setDirty(false);
              }}
            >
              {t('common.reset')}
            </Button>
            <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="customer-save">
              {t('common.save')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
    </Form>
  );
}
