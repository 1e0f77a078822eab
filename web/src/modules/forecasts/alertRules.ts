import type { FieldError } from '../http/ApiError';
import type { AlertRule } from './types';

/** The cells of a rule row an error can sit on; `row` is the row as a whole (e.g. a duplicate). */
export type RuleCell = 'category' | 'channel' | 'threshold_pct' | 'consecutive_days' | 'row';

/** What went wrong, so the UI can say it in its own language. */
export type RuleErrorKind = 'threshold' | 'days' | 'duplicate' | 'default' | 'other';

export type RuleError = { kind: RuleErrorKind; message: string };

/** Errors by row index, then by cell; errors about the rules as a whole in `general`. */
export type RuleErrors = {
  rows: Map<number, Partial<Record<RuleCell, RuleError>>>;
  general: RuleError[];
};

const CELL = /^(?:rules|items)\[(\d+)\](?:\.(\w+))?$/;

const KIND: Record<RuleCell, RuleErrorKind> = {
  category: 'other',
  channel: 'other',
  threshold_pct: 'threshold',
  consecutive_days: 'days',
  row: 'duplicate',
};

/**
 * Places the field errors of a rules problem+json (`rules[1].threshold_pct`, `rules[2]`,
 * `rules`) on the rows and cells they name; anything else is general.
 */
export function ruleErrors(errors: readonly FieldError[]): RuleErrors {
  const out: RuleErrors = { rows: new Map(), general: [] };
  for (const error of errors) {
    const m = CELL.exec(error.field);
    const cell = (m?.[2] ?? 'row') as RuleCell;
    if (!m || !(cell in KIND)) {
      out.general.push({ kind: error.field === 'rules' ? 'default' : 'other', message: error.message });
      continue;
    }
    const index = Number(m[1]);
    const row = out.rows.get(index) ?? {};
    row[cell] ??= { kind: KIND[cell], message: error.message };
    out.rows.set(index, row);
  }
  return out;
}

/**
 * The server's checks, made before saving so every mistake shows at once (the server
 * names only the first): threshold in (0, 100], 1..60 days, no two rules for the same
 * category and channel, exactly one default rule. Same field names as the server's.
 */
export function validateRules(rules: readonly AlertRule[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  let defaults = 0;
  rules.forEach((rule, i) => {
    const at = `rules[${i}]`;
    if (!(Number.isFinite(rule.threshold_pct) && rule.threshold_pct > 0 && rule.threshold_pct <= 100)) {
      errors.push({ field: `${at}.threshold_pct`, message: 'must be more than 0 and at most 100' });
    }
    if (!(Number.isInteger(rule.consecutive_days) && rule.consecutive_days >= 1 && rule.consecutive_days <= 60)) {
      errors.push({ field: `${at}.consecutive_days`, message: 'must be 1..60' });
    }
    const key = JSON.stringify([rule.category, rule.channel]);
    if (seen.has(key)) errors.push({ field: at, message: 'another rule has the same category and channel' });
    seen.add(key);
    if (rule.category === '' && rule.channel === '') defaults += 1;
  });
  if (defaults !== 1) errors.push({ field: 'rules', message: 'exactly one default rule (any category, any channel) is needed' });
  return errors;
}

/** Whether the rule is the default one (any category, any channel), which must stay. */
export function isDefaultRule(rule: Pick<AlertRule, 'category' | 'channel'>): boolean {
  return rule.category === '' && rule.channel === '';
}

/** The default rule first, then by category and channel (the order rules are shown and saved in). */
export function orderRules<T extends Pick<AlertRule, 'category' | 'channel'>>(rules: readonly T[]): T[] {
  const rank = (r: T) => (isDefaultRule(r) ? 0 : 1);
  return [...rules].sort(
    (a, b) => rank(a) - rank(b) || a.category.localeCompare(b.category) || a.channel.localeCompare(b.channel),
  );
}

/**
 * A rule to add: the first category, else the first channel, that has no rule of its own
 * yet, with the default rule's threshold and days (the default rule itself when nothing is left).
 */
export function nextRule(
  rules: readonly AlertRule[],
  categories: readonly string[],
  channels: readonly string[],
): AlertRule {
  const base = rules.find(isDefaultRule) ?? { threshold_pct: 15, consecutive_days: 3 };
  const taken = new Set(rules.map((r) => JSON.stringify([r.category, r.channel])));
  const free = (category: string, channel: string) => !taken.has(JSON.stringify([category, channel]));
  const category = categories.find((c) => free(c, ''));
  if (category !== undefined) return { category, channel: '', threshold_pct: base.threshold_pct, consecutive_days: base.consecutive_days };
  const channel = channels.find((c) => free('', c));
  return { category: '', channel: channel ?? '', threshold_pct: base.threshold_pct, consecutive_days: base.consecutive_days };
}
