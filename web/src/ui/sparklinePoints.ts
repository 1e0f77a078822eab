/**
 * SVG polyline points for `values[from, to)`, scaled on all of `values` into a
 * width × height box (1 px of padding top and bottom). Null values split the line, so
 * each run of numbers is one polyline.
 */
export function sparklinePoints(
  values: readonly (number | null)[],
  width: number,
  height: number,
  from = 0,
  to = values.length,
): string[] {
  const numbers = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (numbers.length === 0) return [];
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (v: number) => (max === min ? height / 2 : 1 + (height - 2) * (1 - (v - min) / (max - min)));
  const runs: string[] = [];
  let current: string[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, values.length); i += 1) {
    const v = values[i];
    if (v === null || !Number.isFinite(v)) {
      if (current.length) runs.push(current.join(' '));
      current = [];
      continue;
    }
    current.push(`${(i * step).toFixed(1)},${y(v).toFixed(1)}`);
  }
  if (current.length) runs.push(current.join(' '));
  return runs;
}
