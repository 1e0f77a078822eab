import type { ApprovalFilters } from './types';

export type ApprovalTab = 'decide' | 'mine';
export const APPROVAL_TABS: ApprovalTab[] = ['decide', 'mine'];

/** The tab in the address, else the one that fits the user (deciders: what waits for them). */
export function parseApprovalTab(value: string | null, mayDecide: boolean): ApprovalTab {
  return APPROVAL_TABS.find((tab) => tab === value) ?? (mayDecide ? 'decide' : 'mine');
}

/** The list query of a tab: the newest `limit` requests (the table pages through them). */
export function approvalTabFilters(tab: ApprovalTab, limit: number): ApprovalFilters {
  return tab === 'decide' ? { status: 'pending', limit } : { mine: true, limit };
}

