/** Translates an i18n key, with interpolation (react-i18next's `t`, or a stub in tests). */
export type Translate = (key: string, options?: Record<string, string>) => string;

const KNOWN = new Set(['snaive', 'theta', 'ets', 'tsb', 'boost']);
const ENSEMBLE = /^ensemble\((.+)\)$/;

function single(model: string, detail: string | null, t: Translate): string {
  if (model === 'ets' && detail) return detail;
  return KNOWN.has(model) ? t(`forecasts.models.${model}`) : model;
}

/**
 * The chosen model in words: "ets" with detail "ETS(M,Ad,M)" → "ETS(M,Ad,M)",
 * "ensemble(boost+theta)" → "Ensemble: Gradient boosting (global) + Theta" (`compact`:
 * the members only, for narrow columns); unknown names as written.
 */
export function modelLabel(model: string, detail: string | null, t: Translate, compact = false): string {
  const ensemble = ENSEMBLE.exec(model);
  if (!ensemble) return single(model, detail, t);
  const members = ensemble[1]
    .split('+')
    .map((m) => single(m.trim(), detail, t))
    .join(' + ');
  return compact ? members : t('forecasts.models.ensemble', { members });
}

/** How a backtest MASE reads: below 1 beats the seasonal naive forecast. */
export type MaseTone = 'good' | 'fair' | 'poor' | 'none';

export function maseTone(mase: number | null | undefined): MaseTone {
  if (mase === null || mase === undefined || !Number.isFinite(mase)) return 'none';
  if (mase < 1) return 'good';
  return mase < 1.5 ? 'fair' : 'poor';
}
