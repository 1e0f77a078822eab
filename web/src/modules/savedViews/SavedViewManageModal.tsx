import { DeleteOutlined, StarFilled, StarOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Empty, Modal, Popconfirm, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { SavedView, SavedViewObject, SavedViewPatchInput, ViewQuery } from './types';
import { useSavedViewMutations } from './useSavedViewMutations';
import { useSavedViews } from './useSavedViews';
import { viewQuery } from './viewQuery';

type SavedViewManageModalProps = {
  open: boolean;
  object: SavedViewObject;
  /** The list's filters now, for "update with the current filters". */
  current: ViewQuery;
  onClose: () => void;
};

/** Rename, delete, choose the default view, or store the current filters in a view. */
export function SavedViewManageModal({ open, object, current, onClose }: SavedViewManageModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const views = useSavedViews(object);
  const { update, remove } = useSavedViewMutations(object);

  const patch = (view: SavedView, input: Omit<SavedViewPatchInput, 'version'>, done: string) =>
    update.mutate(
      { id: view.id, input: { version: view.version, ...input } },
      {
        onSuccess: () => message.success(done),
        onError: (error) => handleError(error, { conflictMessage: t('errors.conflict') }),
      },
    );

  const columns: ColumnsType<SavedView> = [
    {
      title: t('savedViews.name'),
      dataIndex: 'name',
      render: (name: string, view) => (
        <Typography.Text
          editable={{
            tooltip: t('savedViews.rename'),
            maxLength: 60,
            onChange: (next) => {
              const trimmed = next.trim();
              if (trimmed && trimmed !== name) patch(view, { name: trimmed }, t('savedViews.renamed', { name: trimmed }));
            },
          }}
          data-testid="saved-view-name-cell"
        >
          {name}
        </Typography.Text>
      ),
    },
    {
      title: t('savedViews.default'),
      key: 'default',
      width: 88,
      align: 'center',
      render: (_: unknown, view) => (
        <Tooltip title={view.is_default ? t('savedViews.unsetDefault') : t('savedViews.setDefault')}>
          <Button
            type="text"
            aria-label={view.is_default ? t('savedViews.unsetDefault') : t('savedViews.setDefault')}
            icon={view.is_default ? <StarFilled className="saved-view-menu__star" /> : <StarOutlined />}
            data-testid="saved-view-default-toggle"
            onClick={() =>
              patch(
                view,
                { is_default: !view.is_default },
                view.is_default ? t('savedViews.defaultCleared') : t('savedViews.defaultSet', { name: view.name }),
              )
            }
          />
        </Tooltip>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 280,
      render: (_: unknown, view) => (
        <Space size={4} wrap={false}>
          <Button
            type="link"
            size="small"
            icon={<SyncOutlined />}
            disabled={viewQuery.same(viewQuery.parse(view.query), current)}
            onClick={() => patch(view, { query: current }, t('savedViews.updated', { name: view.name }))}
          >
            {t('savedViews.overwrite')}
          </Button>
          <Popconfirm
            title={t('savedViews.deleteConfirm', { name: view.name })}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              remove.mutate(view.id, {
                onSuccess: () => message.success(t('savedViews.deleted', { name: view.name })),
                onError: (error) => handleError(error),
              })
            }
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Modal title={t('savedViews.manageTitle')} open={open} onCancel={onClose} footer={null} width={680} destroyOnHidden>
      <Table<SavedView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={views.data ?? []}
        loading={views.isFetching || update.isPending || remove.isPending}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('savedViews.none')} /> }}
        data-testid="saved-view-table"
      />
      <Typography.Paragraph type="secondary" className="saved-view-note">
        {t('savedViews.privateNote')}
      </Typography.Paragraph>
    </Modal>
  );
}
