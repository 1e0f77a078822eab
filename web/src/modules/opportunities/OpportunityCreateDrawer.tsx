import { App, Button, Drawer, Form, Space, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOpenSession } from '../../ui/useOpenSession';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { opportunityCreateInput, type OpportunityFormValues } from './opportunityForm';
import { OpportunityFormFields } from './OpportunityFormFields';
import { useOpportunityMutations } from './useOpportunityMutations';

const FORM_ID = 'opportunity-create-form';

type OpportunityCreateDrawerProps = {
  open: boolean;
  onClose: () => void;
  /** Prefilled customer (from the customer's page). */
  customer?: { id: string; name: string };
  /** Open the new opportunity's page after creating it (default); else stay. */
  openAfter?: boolean;
};

/** A new opportunity in the first stage; owner and zone are the customer's. */
export function OpportunityCreateDrawer({ open, onClose, customer, openAfter = true }: OpportunityCreateDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const { create } = useOpportunityMutations();
  const session = useOpenSession(open);

  const handleSubmit = (values: OpportunityFormValues, form: FormInstance<OpportunityFormValues>) =>
    create.mutate(opportunityCreateInput(values), {
      onSuccess: (created) => {
        message.success(t('opportunities.created', { name: created.name }));
        onClose();
        if (openAfter) void navigate(`/opportunities/${created.id}`);
      },
      onError: (error) => handleError(error, { form }),
    });

  return (
    <Drawer
      title={t('opportunities.createTitle')}
      open={open}
      onClose={onClose}
      size={480}
      destroyOnHidden
      data-testid="opportunity-drawer"
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" form={FORM_ID} loading={create.isPending} data-testid="opportunity-submit">
            {t('common.create')}
          </Button>
        </Space>
      }
    >
      <CreateForm key={session} customer={customer} onSubmit={handleSubmit} />
    </Drawer>
  );
}

type CreateFormProps = {
  customer?: { id: string; name: string };
  onSubmit: (values: OpportunityFormValues, form: FormInstance<OpportunityFormValues>) => void;
};

function CreateForm({ customer, onSubmit }: CreateFormProps) {
  const [form] = Form.useForm<OpportunityFormValues>();
  return (
    <Form<OpportunityFormValues>
      id={FORM_ID}
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={{ customer_id: customer?.id, expected_close_date: dayjs().add(1, 'month').endOf('month'), amount: null }}
      onFinish={(values) => onSubmit(values, form)}
    >
      <OpportunityFormFields customerLocked={!!customer} customerLabel={customer?.name} />
    </Form>
  );
}
