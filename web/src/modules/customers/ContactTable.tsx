import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { ContactFormModal } from './ContactFormModal';
import type { Contact } from './types';
import { useContactMutations } from './useContactMutations';
import { useContacts } from './useContacts';

/** A customer's contact people, with add, edit and delete when the user may change them. */
export function ContactTable({ customerId, editable }: { customerId: string; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const contacts = useContacts(customerId);
  const { remove } = useContactMutations(customerId);
  const [editing, setEditing] = useState<{ open: boolean; contact: Contact | null }>({ open: false, contact: null });
  const muted = <Typography.Text type="secondary">—</Typography.Text>;

  const handleDelete = (contact: Contact) =>
    remove.mutate(contact.id, {
      onSuccess: () => message.success(t('contacts.deleted', { name: contact.name })),
      onError: (error) => handleError(error),
    });

  const columns: ColumnsType<Contact> = [
    {
      title: t('contacts.name'),
      dataIndex: 'name',
      render: (name: string, c) => (
        <Space size={6}>
          <Typography.Text strong>{name}</Typography.Text>
          {c.is_primary ? (
            <Tag color="blue" bordered={false}>
              {t('contacts.primary')}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    { title: t('contacts.title'), dataIndex: 'title', render: (v: string | null) => v || muted },
    { title: t('contacts.phone'), dataIndex: 'phone', render: (v: string | null | undefined) => (v ? <span className="num">{v}</span> : muted) },
    { title: t('contacts.email'), dataIndex: 'email', ellipsis: true, render: (v: string | null | undefined) => v || muted },
    ...(editable
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 140,
            render: (_: unknown, c: Contact) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing({ open: true, contact: c })}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('contacts.deleteConfirm', { name: c.name })}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => handleDelete(c)}
                >
                  <Button type="link" size="small" danger>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      {editable ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ open: true, contact: null })} data-testid="contact-create">
            {t('contacts.create')}
          </Button>
        </Flex>
      ) : null}
      <Table<Contact>
        data-testid="contacts-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={contacts.data ?? []}
        loading={contacts.isFetching}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contacts.empty')} /> }}
      />
      <ContactFormModal
        customerId={customerId}
        open={editing.open}
        contact={editing.contact}
        onClose={() => setEditing({ open: false, contact: null })}
      />
    </>
  );
}
