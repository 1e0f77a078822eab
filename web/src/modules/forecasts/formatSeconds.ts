const units = new Map<string, Intl.NumberFormat>();

function unit(locale: string, name: 'second' | 'minute'): Intl.NumberFormat {
  const key = `${locale}|${name}`;
  let f = units.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 0 });
    units.set(key, f);
  }
  return f;
}

/** A duration in whole seconds, in the UI language: "38 sec", "2 min 5 sec" / "38秒", "2分钟 5秒". "" for none. */
export function formatSeconds(seconds: number | null | undefined, locale: string): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '';
  const total = Math.round(seconds);
  if (total < 60) return unit(locale, 'second').format(total);
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  const head = unit(locale, 'minute').format(minutes);
  return rest === 0 ? head : `${head} ${unit(locale, 'second').format(rest)}`;
}
