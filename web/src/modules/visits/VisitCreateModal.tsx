import { App, DatePicker, Form, Input, Modal, type ButtonProps, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useOpenSession } from '../../ui/useOpenSession';
import { CustomerSelect } from '../customers/CustomerSelect';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { useVisitMutations } from './useVisitMutations';

type VisitCreateModalProps = {
  open: boolean;
  onClose: () => void;
  /** Prefilled customer (from the customer's page). */
  customer?: { id: string; name: string };
  /** Prefilled day (from the calendar). */
  day?: Dayjs;
};

type Values = { customer_id: string; planned_at: Dayjs; purpose: string };

const FORM_ID = 'visit-create-form';

/** Plans a visit: customer, time and purpose. */
export function VisitCreateModal({ open, onClose, customer, day }: VisitCreateModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const { create } = useVisitMutations();
  const session = useOpenSession(open);
  const okProps: ButtonProps & { 'data-testid': string } = {
    htmlType: 'submit',
    form: FORM_ID,
    loading: create.isPending,
    'data-testid': 'visit-submit',
  };
  const defaultTime = (day ?? dayjs().add(1, 'day')).hour(10).minute(0).second(0).millisecond(0);

  const handleFinish = (values: Values, form: FormInstance<Values>) =>
    create.mutate(
      { customer_id: values.customer_id, planned_at: values.planned_at.toISOString(), purpose: values.purpose.trim() },
      {
        onSuccess: () => {
          message.success(t('visits.created'));
          onClose();
        },
        onError: (error) => handleError(error, { form }),
      },
    );

  return (
    <Modal
      open={open}
      title={t('visits.createTitle')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      okButtonProps={okProps}
      onCancel={onClose}
      destroyOnHidden
      data-testid="visit-modal"
    >
      <CreateForm key={session} customer={customer} defaultTime={defaultTime} onSubmit={handleFinish} />
    </Modal>
  );
}

type CreateFormProps = {
  customer?: { id: string; name: string };
  defaultTime: Dayjs;
  onSubmit: (values: Values, form: FormInstance<Values>) => void;
};

function CreateForm({ customer, defaultTime, onSubmit }: CreateFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <Form<Values>
      id={FORM_ID}
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={{ customer_id: customer?.id, planned_at: defaultTime }}
      onFinish={(values) => onSubmit(values, form)}
    >
      <Form.Item name="customer_id" label={t('visits.customer')} rules={[{ required: true, message: t('validation.required') }]}>
        <CustomerSelect
          disabled={!!customer}
          currentLabel={customer?.name}
          placeholder={t('opportunities.customerPlaceholder')}
          data-testid="visit-customer"
        />
      </Form.Item>
      <Form.Item name="planned_at" label={t('visits.plannedAt')} rules={[{ required: true, message: t('validation.required') }]}>
        <DatePicker
          showTime={{ format: 'HH:mm', minuteStep: 15 }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          data-testid="visit-planned-at"
        />
      </Form.Item>
      <Form.Item
        name="purpose"
        label={t('visits.purpose')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 500 }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('visits.purposePlaceholder')} data-testid="visit-purpose" />
      </Form.Item>
    </Form>
  );
}
