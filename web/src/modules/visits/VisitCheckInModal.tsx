import { AimOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, type ButtonProps, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPosition } from '../../ui/currentPosition';
import { useOpenSession } from '../../ui/useOpenSession';
import { useCustomer } from '../customers/useCustomer';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { Visit } from './types';
import { useVisitMutations } from './useVisitMutations';

type Values = {
  latitude: number | null;
  longitude: number | null;
  outcome?: string;
  next_step?: string;
  follow_up_date?: Dayjs | null;
};

/** Where the coordinates came from. */
type Fix = 'locating' | 'device' | 'customer' | 'manual' | 'none';

const FORM_ID = 'visit-checkin-form';

/**
 * Checks in a planned visit: the device position when the browser gives one, else the
 * customer's coordinates or typed ones (0/0 with a notice when there are none), and the
 * outcome, next step and follow-up date.
 */
export function VisitCheckInModal({ visit, onClose }: { visit: Visit | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const { checkIn } = useVisitMutations();
  const session = useOpenSession(visit !== null, visit?.id);
  const okProps: ButtonProps & { 'data-testid': string } = {
    htmlType: 'submit',
    form: FORM_ID,
    loading: checkIn.isPending,
    'data-testid': 'checkin-submit',
  };

  const handleSubmit = (values: Values, form: FormInstance<Values>) => {
    if (!visit) return;
    checkIn.mutate(
      {
        id: visit.id,
        input: {
          version: visit.version,
          latitude: values.latitude ?? 0,
          longitude: values.longitude ?? 0,
          ...(values.outcome?.trim() ? { outcome: values.outcome.trim() } : {}),
          ...(values.next_step?.trim() ? { next_step: values.next_step.trim() } : {}),
          ...(values.follow_up_date ? { follow_up_date: values.follow_up_date.format('YYYY-MM-DD') } : {}),
        },
      },
      {
        onSuccess: () => {
          message.success(t('visits.checkedIn'));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            onClose();
            modal.error({ title: t('visits.checkInConflict'), content: describeApiError(error, t) });
            return;
          }
          handleError(error, { form });
        },
      },
    );
  };

  return (
    <Modal
      open={visit !== null}
      title={visit ? t('visits.checkInTitle', { customer: visit.customer_name }) : ''}
      okText={t('visits.checkIn')}
      cancelText={t('common.cancel')}
      okButtonProps={okProps}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      {visit ? <CheckInForm key={session} visit={visit} onSubmit={handleSubmit} /> : null}
    </Modal>
  );
}

type CheckInFormProps = { visit: Visit; onSubmit: (values: Values, form: FormInstance<Values>) => void };

function CheckInForm({ visit, onSubmit }: CheckInFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [fix, setFix] = useState<Fix>('locating');
  const [accuracy, setAccuracy] = useState<number | null>(null);
  const customer = useCustomer(visit.customer_id).data;
  const customerAt =
    customer && customer.latitude !== null && customer.longitude !== null
      ? { latitude: customer.latitude, longitude: customer.longitude }
      : null;

  const mounted = useRef(true);
  const locate = () => {
    setFix('locating');
    currentPosition().then(
      (p) => {
        if (!mounted.current) return;
        form.setFieldsValue({ latitude: round(p.latitude), longitude: round(p.longitude) });
        setAccuracy(p.accuracy);
        setFix('device');
      },
      () => {
        if (mounted.current) setFix((f) => (f === 'locating' ? 'none' : f));
      },
    );
  };
  // Ask the device once, when the form opens.
  useEffect(() => {
    mounted.current = true;
    locate();
    return () => {
      mounted.current = false;
    };
  }, []);

  const applyCustomerPosition = () => {
    if (!customerAt) return;
    form.setFieldsValue(customerAt);
    setFix('customer');
  };
  // No device position: fall back to where the customer is, when known.
  useEffect(() => {
    if (fix === 'none' && customerAt) applyCustomerPosition();
  }, [fix, customerAt?.latitude, customerAt?.longitude]);

  const notice =
    fix === 'locating' ? (
      <Alert type="info" showIcon title={t('visits.locating')} />
    ) : fix === 'device' ? (
      <Alert
        type="success"
        showIcon
        title={accuracy !== null ? t('visits.locatedAccuracy', { meters: Math.round(accuracy) }) : t('visits.located')}
      />
    ) : fix === 'customer' ? (
      <Alert type="info" showIcon title={t('visits.usingCustomerPosition')} />
    ) : fix === 'manual' ? null : (
      <Alert
        type="warning"
        showIcon
        title={t('visits.noPosition')}
        description={customerAt ? t('visits.noPositionCustomerHint') : t('visits.noPositionZeroHint')}
      />
    );

  return (
    <Form<Values>
      id={FORM_ID}
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={{ latitude: 0, longitude: 0 }}
      onValuesChange={(changed) => {
        if ('latitude' in changed || 'longitude' in changed) setFix('manual');
      }}
      onFinish={(values) => onSubmit(values, form)}
      data-testid="checkin-form"
    >
      <div className="checkin-position" data-testid={`checkin-fix-${fix}`}>
        {notice}
      </div>
      <Row gutter={12} align="bottom">
        <Col flex="1">
          <Form.Item name="latitude" label={t('visits.latitude')} rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber<number> min={-90} max={90} precision={6} style={{ width: '100%' }} className="input-num-right" data-testid="checkin-latitude" />
          </Form.Item>
        </Col>
        <Col flex="1">
          <Form.Item name="longitude" label={t('visits.longitude')} rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber<number> min={-180} max={180} precision={6} style={{ width: '100%' }} className="input-num-right" data-testid="checkin-longitude" />
          </Form.Item>
        </Col>
        <Col flex="none">
          <Form.Item>
            <Button icon={<AimOutlined />} onClick={locate} loading={fix === 'locating'} aria-label={t('visits.locateAgain')} title={t('visits.locateAgain')} />
          </Form.Item>
        </Col>
        {customerAt ? (
          <Col flex="none">
            <Form.Item>
              <Button icon={<EnvironmentOutlined />} onClick={applyCustomerPosition} data-testid="checkin-use-customer">
                {t('visits.useCustomerPosition')}
              </Button>
            </Form.Item>
          </Col>
        ) : null}
      </Row>
      <Form.Item name="outcome" label={t('visits.outcome')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} placeholder={t('visits.outcomePlaceholder')} data-testid="checkin-outcome" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={15}>
          <Form.Item name="next_step" label={t('visits.nextStep')} rules={[{ max: 500 }]}>
            <Input maxLength={500} data-testid="checkin-next-step" />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item name="follow_up_date" label={t('visits.followUpDate')}>
            <DatePicker style={{ width: '100%' }} data-testid="checkin-follow-up" />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;
