import { App, Button, Space } from 'antd';
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

/**
 * Accept, convert to an order, cancel — each confirmed, with the quote's version.
 * Approving and rejecting happen on the quote's approval request (QuoteApprovalCard).
 */
export function QuoteStatusActions({ quote, actions }: QuoteStatusActionsProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const { move, convert } = useQuoteMutations();
  const busy = move.isPending || convert.isPending;

  const onError = (error: unknown) => {
    if (isApiError(error) && (error.status === 409 || error.status === 403)) {
      modal.error({ title: t('quotes.actionFailed'), content: describeApiError(error, t) });
      return;
    }
    handleError(error);
  };

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
          : move.mutateAsync({ id: quote.id, action, input: { version: quote.version } }).then(
              () => message.success(t(`quotes.done.${action}`)),
              onError,
            ),
    });

  return (
    <Space wrap>
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
  );
}
