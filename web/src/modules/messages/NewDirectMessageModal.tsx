import { Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { ColleagueSelect } from '../users/ColleagueSelect';

type Props = { open: boolean; onClose: () => void; onPick: (userId: string, name: string) => void };

/** Picks the person to write to (from the colleague directory). */
export function NewDirectMessageModal({ open, onClose, onPick }: Props) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [userId, setUserId] = useState<string>();
  const [name, setName] = useState('');
  const self = !!userId && userId === me?.user.id;
  return (
    <Modal
      open={open}
      title={t('messages.newDirect')}
      okText={t('messages.startConversation')}
      okButtonProps={{ disabled: !userId || self, 'data-testid': 'direct-start' }}
      onOk={() => {
        if (userId && !self) onPick(userId, name);
      }}
      onCancel={onClose}
      afterClose={() => setUserId(undefined)}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('messages.recipient')} validateStatus={self ? 'error' : undefined} help={self ? t('messages.notYourself') : undefined}>
          <ColleagueSelect
            value={userId}
            onChange={(value, option) => {
              setUserId(value);
              const label = Array.isArray(option) ? undefined : option?.label;
              setName(typeof label === 'string' ? label : '');
            }}
            placeholder={t('messages.recipientPlaceholder')} style={{ width: '100%' }} data-testid="direct-user" />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('messages.directHint')}</Typography.Text>
    </Modal>
  );
}
