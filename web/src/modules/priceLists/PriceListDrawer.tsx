import { App, Button, Col, Drawer, Form, Input, Row, Select, Skeleton, Space, Switch, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenSession } from '../../ui/useOpenSession';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { ZoneKind } from '../zones/types';
import { ZoneTreeSelect } from '../zones/ZoneTreeSelect';
import { PriceListItemsEditor } from './PriceListItemsEditor';
import { ANY_CHANNEL, priceListForm, type ItemDraft, type PriceListFormValues } from './priceListForm';
import type { PriceList } from './types';
import { usePriceList } from './usePriceList';
import { usePriceListMutations } from './usePriceListMutations';

const FORM_ID = 'price-list-form';
const CHANNELS = ['direct', 'store', 'distributor', 'online'] as const;
const ZONE_ONLY: ZoneKind[] = ['zone'];

type PriceListDrawerProps = {
  open: boolean;
  /** The list to show or edit, or null to create one. */
  id: string | null;
  /** The user may save (create or update). */
  editable: boolean;
  onClose: () => void;
};

/** Create, edit or (read-only) view a price list: its scope, whether it is active, its prices. */
export function PriceListDrawer({ open, id, editable, onClose }: PriceListDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const { create, update } = usePriceListMutations();
  const detail = usePriceList(open ? id : null);
  const session = useOpenSession(open, id);
  const saving = create.isPending || update.isPending;
  const list = id ? (detail.data ?? null) : null;

  const handleSubmit = (values: PriceListFormValues, form: FormInstance<PriceListFormValues>) => {
    const onError = (error: Error) => handleError(error, { form, conflictMessage: t('errors.conflict') });
    if (!list) {
      create.mutate(priceListForm.createInput(values), {
        onSuccess: (created) => {
          message.success(t('priceLists.created', { name: created.name }));
          onClose();
        },
        onError,
      });
      return;
    }
    const input = priceListForm.patchInput(list, values);
    if (Object.keys(input).length === 1) {
      onClose();
      return;
    }
    update.mutate(
      { id: list.id, input },
      {
        onSuccess: () => {
          message.success(t('common.saved'));
          onClose();
        },
        onError,
      },
    );
  };

  const title = id ? (editable ? t('priceLists.editTitle', { name: list?.name ?? '' }) : (list?.name ?? '')) : t('priceLists.createTitle');

  return (
    <Drawer
      title={title}
      open={open}
      onClose={onClose}
      size={760}
      destroyOnHidden
      data-testid="price-list-drawer"
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{editable ? t('common.cancel') : t('common.close')}</Button>
          {editable ? (
            <Button type="primary" htmlType="submit" form={FORM_ID} loading={saving} disabled={!!id && !list} data-testid="price-list-submit">
              {id ? t('common.save') : t('common.create')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {id && !list ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        // A new version from the server (after a conflict) starts the form over from it.
        <PriceListForm key={`${session}-${list?.version ?? 0}`} list={list} editable={editable} onSubmit={handleSubmit} />
      )}
    </Drawer>
  );
}

type PriceListFormProps = {
  list: PriceList | null;
  editable: boolean;
  onSubmit: (values: PriceListFormValues, form: FormInstance<PriceListFormValues>) => void;
};

function PriceListForm({ list, editable, onSubmit }: PriceListFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PriceListFormValues>();
  const [tried, setTried] = useState(false);
  return (
    <Form<PriceListFormValues>
      id={FORM_ID}
      form={form}
      layout="vertical"
      disabled={!editable}
      initialValues={priceListForm.values(list)}
      onFinish={(values) => onSubmit(values, form)}
      onFinishFailed={() => setTried(true)}
    >
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item
            name="name"
            label={t('priceLists.name')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 100, message: t('priceLists.nameTooLong', { count: 100 }) },
            ]}
          >
            <Input placeholder={t('priceLists.namePlaceholder')} data-testid="price-list-name" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="active" label={t('priceLists.active')} valuePropName="checked">
            <Switch checkedChildren={t('priceLists.activeOn')} unCheckedChildren={t('priceLists.activeOff')} data-testid="price-list-active" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="channel" label={t('priceLists.channel')} extra={t('priceLists.channelHint')}>
            <Select<string>
              data-testid="price-list-channel"
              options={[
                { value: ANY_CHANNEL, label: t('priceLists.anyChannel') },
                ...CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) })),
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="zone_id" label={t('priceLists.zone')} extra={t('priceLists.zoneHint')}>
            <ZoneTreeSelect selectableKinds={ZONE_ONLY} placeholder={t('priceLists.anyZone')} data-testid="price-list-zone" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5} className="price-items__title">
        {t('priceLists.items')}
      </Typography.Title>
      <Form.Item
        name="items"
        rules={[
          {
            validator: (_, items: ItemDraft[] = []) => {
              const problems = priceListForm.problems(items);
              if (problems.noProduct.length) return Promise.reject(new Error(t('priceLists.itemNeedsProduct')));
              if (problems.duplicate.length) return Promise.reject(new Error(t('priceLists.duplicateProduct')));
              if (problems.noPrice.length) return Promise.reject(new Error(t('priceLists.itemNeedsPrice')));
              return Promise.resolve();
            },
          },
        ]}
      >
        <PriceListItemsEditor disabled={!editable} showProblems={tried} />
      </Form.Item>
    </Form>
  );
}
