import { ArrowLeftOutlined, SaveOutlined, SendOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Flex, Form, Result, Row, Select, Skeleton, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { approvalsQueryKey } from '../approvals/useApprovals';
import { useRecordApprovals } from '../approvals/useRecordApprovals';
import { can } from '../auth/can';
import { useFormatDate } from '../auth/useFormatDate';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { useMe } from '../auth/useMe';
import { CustomerSelect } from '../customers/CustomerSelect';
import { useCustomer } from '../customers/useCustomer';
import { isApiError, type FieldError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { indexedFieldErrors } from '../http/indexedFieldErrors';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { useOpportunities } from '../opportunities/useOpportunities';
import { RecordThread } from '../messages/RecordThread';
import { useLiveRecord } from '../realtime/useLiveRecord';
import { DiscountValue } from './DiscountValue';
import { QuoteApprovalCard } from './QuoteApprovalCard';
import { QuoteApprovalNotice } from './QuoteApprovalNotice';
import { editorLines, lineInputs, linesChanged, newLineKey, pricedLines, type EditorLine } from './quoteDraft';
import { QuoteLinesEditor, type QuoteTotals } from './QuoteLinesEditor';
import { APPROVAL_DISCOUNT_PCT, quoteActions } from './quoteStatus';
import { QuoteStatusActions } from './QuoteStatusActions';
import { QuoteStatusSteps } from './QuoteStatusSteps';
import { QuoteStatusTag } from './QuoteStatusTag';
import { QuoteStatusTimeline } from './QuoteStatusTimeline';
import { readSubmitRefusal, type SubmitRefusal } from './submitRefusal';
import type { Quote, QuoteDraftInput, QuoteLine } from './types';
import { quoteQueryKey, useQuote } from './useQuote';
import { useQuoteMutations } from './useQuoteMutations';
import { useQuotePreview } from './useQuotePreview';

type QuoteEditorProps = {
  /** Absent for a new quote. */
  id?: string;
  /** Prefilled customer of a new quote. */
  customerId?: string;
};

/** A quote: the editor while it is a draft (live server prices), else a read-only view with its next moves. */
export function QuoteEditor({ id, customerId }: QuoteEditorProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const query = useQuote(id);
  // Someone else approving, rejecting or moving the quote shows here without a reload.
  useLiveRecord('quote', id, [
    quoteQueryKey(id ?? ''),
    [...approvalsQueryKey, 'list', { object: 'quote', object_id: id }],
    [...approvalsQueryKey, 'one'],
  ]);
  const prefilled = useCustomer(customerId ?? '');
  // A refused submit, kept here (and carried over from /quotes/new) because saving first
  // gives the quote a new version, which remounts the body below.
  const [refusal, setRefusal] = useState<SubmitRefusal | null>(() => readSubmitRefusal(location.state));

  if (id && query.error && !query.data) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'warning'}
        title={notFound ? t('quotes.notFound') : t('errors.loadFailed')}
        subTitle={notFound || !isApiError(query.error) ? undefined : describeApiError(query.error, t)}
        extra={
          <Link to="/quotes">
            <Button type="primary">{t('quotes.backToList')}</Button>
          </Link>
        }
      />
    );
  }
  if ((id && !query.data) || (customerId && prefilled.isLoading)) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  const quote = query.data;
  const customer = quote
    ? { id: quote.customer_id, name: quote.customer_name }
    : prefilled.data
      ? { id: prefilled.data.id, name: prefilled.data.name }
      : undefined;
  // A fresh editor for every saved version: its lines start from the server's.
  return (
    <QuoteEditorBody
      key={quote ? `${quote.id}-${quote.version}` : 'new'}
      quote={quote}
      customer={customer}
      refusal={quote && refusal?.quoteId === quote.id && refusal.version === quote.version ? refusal.errors : NO_ERRORS}
      onRefused={setRefusal}
    />
  );
}

const NO_ERRORS: FieldError[] = [];

type BodyProps = {
  quote?: Quote;
  customer?: { id: string; name: string };
  /** Why the server refused to submit this version (`lines[i].discount_pct`…). */
  refusal: FieldError[];
  onRefused: (refusal: SubmitRefusal | null) => void;
};

function QuoteEditorBody({ quote, customer: initialCustomer, refusal, onRefused }: BodyProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const formatMoney = useFormatMoney();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const { data: me } = useMe();
  const { create, replaceLines, submit } = useQuoteMutations();
  const approvals = useRecordApprovals('quote', quote?.id);
  const lineErrors = useMemo(() => indexedFieldErrors(refusal, 'lines').rows, [refusal]);

  const isAdmin = me?.user.role === 'admin';
  const may = {
    update: isAdmin || can(me, 'quote', 'update'),
    create: isAdmin || can(me, 'quote', 'create'),
  };
  const isNew = !quote;
  const editable = isNew ? may.create : quote.status === 'draft' && may.update;

  const [customer, setCustomer] = useState(initialCustomer);
  const [validUntil, setValidUntil] = useState<Dayjs>(() => dayjs().add(30, 'day'));
  const [opportunityId, setOpportunityId] = useState<string>();
  const [lines, setLines] = useState<EditorLine[]>(() =>
    quote?.lines?.length ? editorLines(quote.lines) : [{ key: newLineKey(), quantity: 1, discount_pct: 0 }],
  );
  const opportunities = useOpportunities(
    { customer_id: customer?.id, open: true, limit: 50, offset: 0, sort: 'expected_close_date' },
    isNew && !!customer,
  );

  // Live totals: the server prices the draft ~0.4 s after the last edit.
  const draftKey = useDebouncedValue(JSON.stringify({ customer_id: customer?.id ?? '', lines: pricedLines(lines) }), 400);
  const { draft, keys } = useMemo(() => {
    const parsed = JSON.parse(draftKey) as { customer_id: string; lines: ReturnType<typeof pricedLines> };
    if (!editable || !parsed.customer_id || parsed.lines.length === 0) return { draft: null, keys: [] as string[] };
    const body: QuoteDraftInput = {
      customer_id: parsed.customer_id,
      lines: parsed.lines.map(({ product_id, quantity, discount_pct }) => ({ product_id, quantity, discount_pct })),
    };
    return { draft: body, keys: parsed.lines.map((l) => l.key) };
  }, [draftKey, editable]);
  const preview = useQuotePreview(draft);
  const priced = useMemo(() => {
    const map = new Map<string, QuoteLine>();
    if (draft && preview.data?.lines) keys.forEach((key, i) => preview.data?.lines?.[i] && map.set(key, preview.data.lines[i]));
    return map;
  }, [draft, keys, preview.data]);

  const currency = quote?.currency ?? preview.data?.currency ?? 'CNY';
  const totals: QuoteTotals =
    editable && draft && preview.data
      ? { subtotal: preview.data.subtotal, discount_total: preview.data.discount_total, total: preview.data.total, currency }
      : editable && !draft
        ? { subtotal: 0, discount_total: 0, total: 0, currency }
        : { subtotal: quote?.subtotal ?? 0, discount_total: quote?.discount_total ?? 0, total: quote?.total ?? 0, currency };
  const maxDiscount = editable
    ? Math.max(0, ...pricedLines(lines).map((l) => l.discount_pct))
    : (quote?.max_discount_pct ?? 0);
  const dirty = isNew || (editable && !!quote && linesChanged(lines, quote.lines ?? []));
  const saving = create.isPending || replaceLines.isPending || submit.isPending;

  /** Saves the lines when needed; resolves to the saved quote. */
  const save = async (): Promise<Quote | null> => {
    const body = lineInputs(lines);
    if (!customer) {
      message.warning(t('quotes.pickCustomer'));
      return null;
    }
    if (body.length === 0) {
      message.warning(t('quotes.addALine'));
      return null;
    }
    try {
      if (!quote) {
        return await create.mutateAsync({
          customer_id: customer.id,
          lines: body,
          valid_until: validUntil.format('YYYY-MM-DD'),
          ...(opportunityId ? { opportunity_id: opportunityId } : {}),
        });
      }
      if (!dirty) return quote;
      return await replaceLines.mutateAsync({ id: quote.id, version: quote.version, lines: body });
    } catch (error) {
      handleError(error, { conflictMessage: t('errors.conflict') });
      return null;
    }
  };

  const handleSave = async () => {
    const saved = await save();
    if (!saved) return;
    message.success(t('quotes.saved', { number: saved.number }));
    if (!quote) void navigate(`/quotes/${saved.id}`, { replace: true });
  };

  const handleSubmit = async () => {
    const saved = await save();
    if (!saved) return;
    onRefused(null);
    try {
      const submitted = await submit.mutateAsync({ id: saved.id, version: saved.version });
      const done =
        submitted.status === 'approved' ? 'quotes.submittedApproved' : submitted.status === 'pending_approval' ? 'quotes.submittedPending' : 'quotes.submitted';
      message.success(t(done, { number: submitted.number }));
      if (!quote) void navigate(`/quotes/${submitted.id}`, { replace: true });
    } catch (error) {
      // Lines the server refuses (discount forbidden, below the price floor) are shown on the lines.
      const refused = isApiError(error) && error.status === 422 ? indexedFieldErrors(error.errors, 'lines') : null;
      let next: SubmitRefusal | null = null;
      if (isApiError(error) && refused && refused.rows.size > 0) {
        next = { quoteId: saved.id, version: saved.version, errors: error.errors };
        onRefused(next);
        const general = refused.general.map((e) => e.message).join(' ');
        message.error(general ? `${t('quotes.submitRefused')}${t('common.colon')}${general}` : t('quotes.submitRefused'));
      } else {
        handleError(error, { conflictMessage: t('errors.conflict') });
      }
      if (!quote) void navigate(`/quotes/${saved.id}`, { replace: true, state: next ? { submitRefusal: next } : undefined });
    }
  };

  const otherActions = quote ? quoteActions(quote.status, may).filter((a) => a !== 'submit') : [];
  const refusedLines = dirty ? 0 : lineErrors.size;
  const dash = <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <div data-testid="quote-editor">
      <Card className="detail-header">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div style={{ minWidth: 0 }}>
            <Flex align="center" gap={10} wrap>
              <Link to="/quotes" aria-label={t('quotes.backToList')} className="detail-header__back">
                <ArrowLeftOutlined />
              </Link>
              <Typography.Title level={4} style={{ margin: 0 }} className="num" data-testid="quote-number">
                {quote ? quote.number : t('quotes.newTitle')}
              </Typography.Title>
              <QuoteStatusTag status={quote?.status ?? 'draft'} />
              {dirty && quote ? (
                <Typography.Text type="warning" className="quote-unsaved">
                  {t('quotes.unsaved')}
                </Typography.Text>
              ) : null}
            </Flex>
            <Typography.Text type="secondary" className="detail-header__sub">
              {customer ? <Link to={`/customers/${customer.id}`}>{customer.name}</Link> : t('quotes.noCustomerYet')}
              {quote ? ` · ${t('quotes.validUntilOn', { date: formatDate(quote.valid_until.slice(0, 10)) })}` : ''}
            </Typography.Text>
          </div>
          <Flex vertical align="flex-end" gap={8}>
            <div className="detail-header__amount num" data-testid="quote-header-total">
              {formatMoney(totals.total, currency)}
            </div>
            <Space wrap>
              {editable ? (
                <>
                  <Button icon={<SaveOutlined />} onClick={() => void handleSave()} loading={create.isPending || replaceLines.isPending} disabled={saving || (!dirty && !isNew)} data-testid="quote-save">
                    {t('quotes.saveDraft')}
                  </Button>
                  <Button type="primary" icon={<SendOutlined />} onClick={() => void handleSubmit()} loading={submit.isPending} disabled={saving} data-testid="quote-submit">
                    {t('quotes.actions.submit')}
                  </Button>
                </>
              ) : null}
              {quote && otherActions.length ? <QuoteStatusActions quote={quote} actions={otherActions} /> : null}
            </Space>
          </Flex>
        </Flex>
        {quote ? (
          <div className="detail-header__steps">
            <QuoteStatusSteps status={quote.status} timeline={quote.timeline ?? []} />
          </div>
        ) : null}
        {quote ? <QuoteApprovalNotice status={quote.status} approvals={approvals} /> : null}
      </Card>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={17}>
          {isNew ? (
            <Card title={t('quotes.customerAndTerms')} style={{ marginBottom: 16 }}>
              <Form layout="vertical" requiredMark="optional" className="quote-terms">
                <Row gutter={16}>
                  <Col xs={24} md={10}>
                    <Form.Item label={t('quotes.customer')} required>
                      <CustomerSelect
                        value={customer?.id}
                        currentLabel={customer?.name}
                        placeholder={t('opportunities.customerPlaceholder')}
                        onChange={(value, option) => {
                          const label = Array.isArray(option) ? undefined : option?.label;
                          setCustomer(value ? { id: value, name: typeof label === 'string' ? label : '' } : undefined);
                          setOpportunityId(undefined);
                        }}
                        data-testid="quote-customer"
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item label={t('quotes.opportunity')}>
                      <Select<string>
                        allowClear
                        disabled={!customer}
                        value={opportunityId}
                        onChange={setOpportunityId}
                        placeholder={t('quotes.opportunityPlaceholder')}
                        loading={opportunities.isFetching}
                        options={(opportunities.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
                        notFoundContent={t('quotes.noOpenOpportunities')}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item label={t('quotes.validUntil')}>
                      <DatePicker
                        value={validUntil}
                        onChange={(d) => d && setValidUntil(d)}
                        allowClear={false}
                        disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              </Form>
            </Card>
          ) : null}
          <Card title={t('quotes.lines')} styles={{ body: { padding: 0 } }}>
            {preview.error && editable && draft ? (
              <Alert
                type="error"
                showIcon
                banner
                title={isApiError(preview.error) ? describeApiError(preview.error, t) : t('errors.unexpected')}
              />
            ) : null}
            {refusedLines ? (
              <Alert type="error" showIcon banner title={t('quotes.linesRefused', { count: refusedLines })} data-testid="quote-lines-refused" />
            ) : null}
            <QuoteLinesEditor
              lines={editable ? lines : undefined}
              errors={dirty ? undefined : lineErrors}
              onChange={editable ? setLines : undefined}
              priced={editable ? priced : (quote?.lines ?? [])}
              totals={totals}
              pricing={editable && preview.isFetching}
            />
          </Card>
          {quote ? <RecordThread object="quote" objectId={quote.id} /> : null}
        </Col>
        <Col xs={24} xl={7}>
          <Card title={t('quotes.summary')}>
            <Descriptions column={1} size="small" className="quote-info">
              <Descriptions.Item label={t('quotes.maxDiscount')}>
                <span data-testid="quote-max-discount">
                  <DiscountValue pct={maxDiscount} />
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('quotes.owner')}>{quote?.owner_name || dash}</Descriptions.Item>
              <Descriptions.Item label={t('quotes.validUntil')}>
                <span className="num">{formatDate((quote?.valid_until ?? validUntil.format('YYYY-MM-DD')).slice(0, 10))}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('quotes.submittedAt')}>{quote?.submitted_at ? formatDateTime(quote.submitted_at) : dash}</Descriptions.Item>
              {quote?.order_id ? (
                <Descriptions.Item label={t('quotes.order')}>
                  <Link to={`/orders/${quote.order_id}`}>{t('quotes.openOrder')}</Link>
                </Descriptions.Item>
              ) : null}
              {quote ? <Descriptions.Item label={t('common.updatedAt')}>{formatDateTime(quote.updated_at)}</Descriptions.Item> : null}
            </Descriptions>
            {editable && maxDiscount > APPROVAL_DISCOUNT_PCT ? (
              <Alert
                type="warning"
                showIcon
                icon={<WarningOutlined />}
                style={{ marginTop: 12 }}
                title={t('quotes.approvalHint', { pct: APPROVAL_DISCOUNT_PCT })}
                data-testid="quote-approval-hint"
              />
            ) : null}
          </Card>
          {quote ? <QuoteApprovalCard approvals={approvals} /> : null}
          {quote ? (
            <Card title={t('quotes.history')} style={{ marginTop: 16 }}>
              <QuoteStatusTimeline timeline={quote.timeline ?? []} />
            </Card>
          ) : null}
        </Col>
      </Row>
    </div>
  );
}
