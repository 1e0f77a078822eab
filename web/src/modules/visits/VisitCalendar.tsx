import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Calendar, Flex, Popover, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../auth/useFormatTime';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { groupVisitsByDay } from './groupVisitsByDay';
import { monthGridRange } from './monthGridRange';
import type { Visit, VisitFilters } from './types';
import { useVisits } from './useVisits';

type VisitCalendarProps = {
  /** Filters besides the date range (owner, search). */
  filters: Pick<VisitFilters, 'q' | 'owner_id' | 'customer_id'>;
  onOpen: (visit: Visit) => void;
};

/** Cards per day shown before "+N". */
const PER_DAY = 3;
const MONTH_LIMIT = 200;
const BADGE: Record<string, 'processing' | 'success' | 'default'> = { planned: 'processing', done: 'success', cancelled: 'default' };

/** A month of visits: each day lists its visits as small status badges, fetched for the visible weeks. */
export function VisitCalendar({ filters, onOpen }: VisitCalendarProps) {
  const { t, i18n } = useTranslation();
  const timeZone = useMe().data?.user.time_zone;
  const formatTime = useFormatTime();
  const [selected, setSelected] = useState<Dayjs>(() => dayjs());
  const monthKey = selected.format('YYYY-MM');

  // The grid shows parts of the neighbouring months; a day either side covers time zones.
  const range = useMemo(() => {
    const [year, month] = monthKey.split('-').map(Number);
    const { first, end } = monthGridRange(year, month, i18n.language === 'en-US' ? 0 : 1);
    return {
      from: new Date(first.year, first.month - 1, first.day - 1).toISOString(),
      to: new Date(end.year, end.month - 1, end.day + 1).toISOString(),
    };
  }, [monthKey, i18n.language]);
  const query = useVisits({ ...filters, ...range, sort: 'planned_at', limit: MONTH_LIMIT, offset: 0 });
  const byDay = useMemo(() => groupVisitsByDay(query.data?.items ?? [], timeZone), [query.data, timeZone]);

  const chip = (v: Visit) => (
    <button
      key={v.id}
      type="button"
      className={`visit-chip visit-chip--${v.status}`}
      onClick={(e) => {
        e.stopPropagation();
        onOpen(v);
      }}
      title={`${formatTime(v.planned_at)} ${v.customer_name} · ${v.purpose}`}
      data-testid="visit-chip"
      data-id={v.id}
    >
      <Badge status={BADGE[v.status] ?? 'default'} />
      <span className="visit-chip__time num">{formatTime(v.planned_at)}</span>
      <span className="visit-chip__name">{v.customer_name}</span>
    </button>
  );

  const dateCell = (date: Dayjs) => {
    const visits = byDay.get(date.format('YYYY-MM-DD')) ?? [];
    if (visits.length === 0) return null;
    const rest = visits.length - PER_DAY;
    return (
      <div className="visit-cell">
        {visits.slice(0, rest > 0 ? PER_DAY - 1 : PER_DAY).map(chip)}
        {rest > 0 ? (
          <Popover
            trigger="click"
            title={new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(date.toDate())}
            content={<div className="visit-cell visit-cell--popover">{visits.map(chip)}</div>}
          >
            <button type="button" className="visit-cell__more" onClick={(e) => e.stopPropagation()}>
              {t('visits.more', { count: rest + 1 })}
            </button>
          </Popover>
        ) : null}
      </div>
    );
  };

  return (
    <div className="visit-calendar" data-testid="visit-calendar">
      {query.error && !query.data ? (
        <Alert type="error" showIcon title={isApiError(query.error) ? describeApiError(query.error, t) : t('errors.unexpected')} />
      ) : null}
      {query.data && query.data.total > query.data.items.length ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('visits.monthTruncated', { shown: query.data.items.length, total: query.data.total })}
        />
      ) : null}
      <Spin spinning={query.isFetching} delay={200}>
        <Calendar
          value={selected}
          mode="month"
          onChange={setSelected}
          cellRender={(date, info) => (info.type === 'date' ? dateCell(date) : info.originNode)}
          headerRender={({ value }) => (
            <Flex justify="space-between" align="center" className="visit-calendar__head" wrap gap={8}>
              <Flex align="center" gap={8}>
                <Button
                  icon={<LeftOutlined />}
                  aria-label={t('visits.prevMonth')}
                  onClick={() => setSelected(value.subtract(1, 'month'))}
                  data-testid="calendar-prev"
                />
                <Typography.Title level={5} className="visit-calendar__title num" data-testid="calendar-month">
                  {new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'long' }).format(value.toDate())}
                </Typography.Title>
                <Button
                  icon={<RightOutlined />}
                  aria-label={t('visits.nextMonth')}
                  onClick={() => setSelected(value.add(1, 'month'))}
                  data-testid="calendar-next"
                />
                <Button
                  onClick={() => setSelected(dayjs())}
                >
                  {t('visits.today')}
                </Button>
              </Flex>
              <Flex gap={16} className="visit-calendar__legend">
                {(['planned', 'done', 'cancelled'] as const).map((s) => (
                  <Badge key={s} status={BADGE[s]} text={t(`visits.statuses.${s}`)} />
                ))}
              </Flex>
            </Flex>
          )}
        />
      </Spin>
    </div>
  );
}
