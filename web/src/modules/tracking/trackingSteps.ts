/** The steps a customer sees (docs/api.md, "Customer tracking links"); credit check is inside "created". */
export const TRACKING_STEPS = ['created', 'confirmed', 'picking', 'shipped', 'delivered'] as const;
export type TrackingStep = (typeof TRACKING_STEPS)[number];

const STEP_OF: Record<string, number> = {
  created: 0,
  credit_check: 0,
  confirmed: 1,
  picking: 2,
  shipped: 3,
  delivered: 4,
  closed: 4,
};

export type TrackingPosition = {
  /** The step the order is at (for a cancelled order: where it stopped). */
  index: number;
  /** Every step is done (delivered or closed). */
  done: boolean;
  cancelled: boolean;
};

/** Where an order stands on the steps, from its status and (when cancelled) its history. */
export function trackingPosition(status: string, timeline: readonly { status: string; at: string }[]): TrackingPosition {
  if (status === 'cancelled') {
    const before = [...timeline]
      .sort((a, b) => a.at.localeCompare(b.at))
      .filter((e) => e.status !== 'cancelled' && e.status in STEP_OF)
      .pop();
    return { index: before ? STEP_OF[before.status] : 0, done: false, cancelled: true };
  }
  const index = STEP_OF[status] ?? 0;
  return { index, done: index === TRACKING_STEPS.length - 1, cancelled: false };
}

/** When the order reached each step (the first time), from its history. */
export function stepTimes(timeline: readonly { status: string; at: string }[]): Partial<Record<TrackingStep, string>> {
  const out: Partial<Record<TrackingStep, string>> = {};
  for (const entry of [...timeline].sort((a, b) => a.at.localeCompare(b.at))) {
    const index = STEP_OF[entry.status];
    if (index === undefined) continue;
    const step = TRACKING_STEPS[index];
    if (!out[step]) out[step] = entry.at;
  }
  return out;
}
