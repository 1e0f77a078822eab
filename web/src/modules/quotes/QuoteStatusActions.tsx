import { App, Button, Input, Modal, Space, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { Quote, QuoteAction } from './types';
import { useQuoteMutations } from './useQuoteMutations';

type QuoteStatusActionsProps = {
  quote: Quote;
  /** The moves to offer, besides submitting (the editor's own button). */
  actions: QuoteAction[];
};

/** Approve / reject (with a note), accept, convert to an order, cancel — each with the quote's version. */
export function QuoteStatusActions({ quote, actions }: QuoteStatusActionsProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const { move, convert } = useQuoteMutations();
  const [deciding, setDeciding] = useState<'approve' | 'reject' | null>(null);
  const [note, setNote] = useState('');
  const busy = move.isPending || convert.isPending;

  const onError = (error: unknown) => {
    if (isApiError(error) && (error.status === 409 || error.status === 403)) {
      modal.error({ title: t('quotes.actionFailed'), content: describeApiError(error, t) });
      return;
    }
    handleError(error);
  };
  const run = (action: Exclude<QuoteAction, 'convert' | 'submit'>, withNote?: string) =>
    move.mutateAsync({ id: quote.id, action, input: { version: quote.version, ...(withNote ? { note: withNote } : {}) } }).then(
      () => message.success(t(`quotes.done.${action}`)),
      onError,
    );

  const confirm = (action: 'accept' | 'convert' | 'cancel') =>
    modal.confirm({
      title: t(`quotes.confirm.${action}`, { number: quote.number }),
      okText: t(`quotes.actions.${action}`),
      okButtonProps: { danger: action === 'cancel' },
      cancelText: t('common.back'),
      onOk: () =>
        action === 'convert'
          ? convert.mutateAsync({ id: quote.id, input: { version: quote.version } }).then((result) => {
              message.success(t('quotes.done.convert', { number: result.order.number }));
              void navigate(`/orders/${result.order.id}`);
            }, onError)
          : run(action),
    });

  const closeDecision = () => {
    setDeciding(null);
    setNote('');
  };
  const okProps: ButtonProps & { 'data-testid': string } = {
    danger: deciding === 'reject',
    loading: move.isPending,
    'data-testid': 'quote-decision-confirm',
  };

  return (
    <>
      <Space wrap>
        {actions.includes('approve') ? (
          <Button type="primary" onClick={() => setDeciding('approve')} disabled={busy} data-testid="quote-approve">
            {t('quotes.actions.approve')}
          </Button>
        ) : null}
        {actions.includes('reject') ? (
          <Button danger onClick={() => setDeciding('reject')} disabled={busy} data-testid="quote-reject">
            {t('quotes.actions.reject')}
          </Button>
        ) : null}
        {actions.includes('accept') ? (
          <Button type="primary" onClick={() => confirm('accept')} disabled={busy} data-testid="quote-accept">
            {t('quotes.actions.accept')}
          </Button>
        ) : null}
        {actions.includes('convert') ? (
          <Button type="primary" onClick={() => confirm('convert')} disabled={busy} data-testid="quote-convert">
            {t('quotes.actions.convert')}
          </Button>
        ) : null}
        {actions.includes('cancel') ? (
          <Button type="text" danger onClick={() => confirm('cancel')} disabled={busy} data-testid="quote-cancel">
            {t('quotes.actions.cancel')}
          </Button>
        ) : null}
      </Space>
      <Modal
        open={deciding !== null}
        title={deciding ? t(`quotes.decisionTitle.${deciding}`, { number: quote.number }) : ''}
        okText={deciding ? t(`quotes.actions.${deciding}`) : ''}
        cancelText={t('common.cancel')}
        okButtonProps={okProps}
        onCancel={closeDecision}
        onOk={() => {
          if (!deciding) return;
          void run(deciding, note.trim() || undefined).then(closeDecision);
        }}
        destroyOnHidden
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          placeholder={t('quotes.notePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Modal>
    </>
  );
}
