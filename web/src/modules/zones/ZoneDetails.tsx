import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { childKind } from './buildZoneTree';
import type { Zone } from './types';
import { useZoneMutations } from './useZoneMutations';
import { ZoneKindIcon } from './ZoneKindIcon';

type ZoneDetailsProps = {
  zone: Zone | undefined;
  parent: Zone | undefined;
  childCount: number;
  onAddChild: (zone: Zone) => void;
  onEdit: (zone: Zone) => void;
  onDeleted: () => void;
};

/** The selected node: its facts and what can be done with it. */
export function ZoneDetails({ zone, parent, childCount, onAddChild, onEdit, onDeleted }: ZoneDetailsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const { remove } = useZoneMutations();

  if (!zone) {
    return (
      <Card style={{ height: '100%' }}>
        <Empty description={t('org.pickNode')} />
      </Card>
    );
  }

  const nextKind = childKind(zone.kind);
  const handleDelete = () =>
    remove.mutate(zone.id, {
      onSuccess: () => {
        message.success(t('org.deleted', { name: zone.name }));
        onDeleted();
      },
      onError: (error) => handleError(error),
    });

  return (
    <Card
      data-testid="zone-details"
      title={
        <Space>
          <ZoneKindIcon kind={zone.kind} />
          <span>{zone.name}</span>
        </Space>
      }
      extra={
        <Space wrap>
          {nextKind ? (
            <Button icon={<PlusOutlined />} onClick={() => onAddChild(zone)} data-testid="zone-add-child">
              {nextKind === 'region' ? t('org.addRegion') : t('org.addZone')}
            </Button>
          ) : null}
          <Button icon={<EditOutlined />} onClick={() => onEdit(zone)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('org.deleteConfirm', { name: zone.name })}
            description={childCount > 0 || zone.member_count > 0 ? t('org.deleteBlocked') : undefined}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={handleDelete}
          >
            <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
        <Descriptions.Item label={t('org.name')}>{zone.name}</Descriptions.Item>
        <Descriptions.Item label={t('org.code')}>
          <Typography.Text code>{zone.code}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('org.kind')}>{t(`org.kinds.${zone.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('org.parent')}>{parent?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('org.manager')}>{zone.manager_name || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('org.members')}>{zone.member_count}</Descriptions.Item>
        <Descriptions.Item label={t('org.children')}>{childCount}</Descriptions.Item>
        <Descriptions.Item label="ID">
          <Typography.Text type="secondary" copyable>
            {zone.id}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
