import { App, Button, Drawer, Form, Space, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOpenSession } from '../../ui/useOpenSession';
import { useMe } from '../auth/useMe';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { customerCreateInput, type CustomerFormValues } from './customerForm';
import { CustomerFormFields } from './CustomerFormFields';
import { useCustomerMutations } from './useCustomerMutations';

const FORM_ID = 'customer-create-form';

/** A new customer; owner and zone default to the caller on the server. Opens its 360 page after. */
export function CustomerCreateDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const { create } = useCustomerMutations();
  const session = useOpenSession(open);
  const hidden = useMe().data?.hidden_fields.customer ?? [];

  const handleSubmit = (values: CustomerFormValues, form: FormInstance<CustomerFormValues>) =>
    create.mutate(customerCreateInput(values), {
      onSuccess: (customer) => {
        message.success(t('customers.created', { name: customer.name }));
        onClose();
        void navigate(`/customers/${customer.id}`);
      },
      onError: (error) => handleError(error, { form }),
    });

  return (
    <Drawer
      title={t('customers.createTitle')}
      open={open}
      onClose={onClose}
      size={520}
      destroyOnHidden
      data-testid="customer-drawer"
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" form={FORM_ID} loading={create.isPending} data-testid="customer-submit">
            {t('common.create')}
          </Button>
        </Space>
      }
    >
      <CreateForm key={session} hidden={hidden} onSubmit={handleSubmit} />
    </Drawer>
  );
}

type CreateFormProps = {
  hidden: string[];
  onSubmit: (values: CustomerFormValues, form: FormInstance<CustomerFormValues>) => void;
};

function CreateForm({ hidden, onSubmit }: CreateFormProps) {
  const [form] = Form.useForm<CustomerFormValues>();
  return (
    <Form<CustomerFormValues>
      id={FORM_ID}
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={{ segment: 'Corporate', channel: 'direct' }}
      onFinish={(values) => onSubmit(values, form)}
    >
      <CustomerFormFields hidden={hidden} />
    </Form>
  );
}
