import { useState } from 'react';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import type { Visit, VisitFilters } from '../visits/types';
import { useVisits } from '../visits/useVisits';
import { VisitCheckInModal } from '../visits/VisitCheckInModal';
import { VisitDetailModal } from '../visits/VisitDetailModal';
import { VisitTable } from '../visits/VisitTable';

/** The visits of one customer, newest planned first, with check-in and cancel. */
export function CustomerVisits({ customerId }: { customerId: string }) {
  const { data: me } = useMe();
  const [filters, setFilters] = useState<VisitFilters>({ customer_id: customerId, limit: 10, offset: 0, sort: '-planned_at' });
  const [opened, setOpened] = useState<Visit | null>(null);
  const [checkingIn, setCheckingIn] = useState<Visit | null>(null);
  const visits = useVisits(filters);
  const editable = me?.user.role === 'admin' || can(me, 'visit', 'update');
  const startCheckIn = (visit: Visit) => {
    setOpened(null);
    setCheckingIn(visit);
  };
  return (
    <>
      <VisitTable
        query={visits}
        filters={filters}
        onChange={(next) => setFilters((f) => ({ ...f, ...next }))}
        editable={editable}
        onOpen={setOpened}
        onCheckIn={startCheckIn}
        hideCustomer
        size="small"
      />
      <VisitDetailModal visit={opened} editable={editable} onCheckIn={startCheckIn} onClose={() => setOpened(null)} />
      <VisitCheckInModal visit={checkingIn} onClose={() => setCheckingIn(null)} />
    </>
  );
}
