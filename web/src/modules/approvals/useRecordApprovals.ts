import { useMemo } from 'react';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { latestApproval } from './approvalSteps';
import type { Approval } from './types';
import { useApproval } from './useApproval';
import { useApprovals } from './useApprovals';

/**
 * The approval requests of one record (`?object=quote&object_id=`), the newest read in
 * full (`GET /approvals/{id}`: steps, `can_decide`, `can_recall`). Undefined while loading
 * and for those who may not read approvals.
 */
export function useRecordApprovals(object: string, objectId: string | undefined): Approval[] | undefined {
  const { data: me } = useMe();
  const mayRead = me?.user.role === 'admin' || can(me, 'approval', 'read');
  const list = useApprovals({ object, object_id: objectId, limit: 50 }, mayRead && !!objectId);
  const items = list.data?.items;
  const latest = items ? latestApproval(items) : undefined;
  const detail = useApproval(latest?.id);
  return useMemo(() => {
    if (!items) return undefined;
    const full = detail.data;
    return full ? items.map((a) => (a.id === full.id ? full : a)) : items;
  }, [items, detail.data]);
}
