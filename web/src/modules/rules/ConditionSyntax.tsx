import { useTranslation } from 'react-i18next';

// The language's pieces (as written, not translated) and what each is for.
const ITEMS: [string, string][] = [
  ["quote.total, customer.grade, 100, 'A', true, null", 'values'],
  ['+  -  *  /  %', 'arithmetic'],
  ['=  !=  <  <=  >  >=', 'compare'],
  ['and  or  not', 'logic'],
  ["customer.grade in ['A', 'B']", 'in'],
  ["today(), date('2026-01-31'), days_between(a, b)", 'dates'],
  ["lower(s), contains(s, 'text')", 'text'],
];

/** The condition language in brief (docs/api.md, "Rules"). */
export function ConditionSyntax() {
  const { t } = useTranslation();
  return (
    <dl className="rule-syntax">
      {ITEMS.map(([code, key]) => (
        <div key={key} className="rule-syntax__row">
          <dt>
            <code>{code}</code>
          </dt>
          <dd>{t(`rules.syntax.${key}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
