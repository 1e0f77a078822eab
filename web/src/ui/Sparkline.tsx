import { sparklinePoints } from './sparklinePoints';

type SparklineProps = {
  /** One value per period, oldest first. */
  values: readonly (number | null)[];
  /** Values from this index on are drawn dashed in the second colour (e.g. a forecast). */
  splitAt?: number;
  width?: number;
  height?: number;
  color?: string;
  splitColor?: string;
  label?: string;
  testId?: string;
};

/** A tiny trend line for a table cell: solid up to `splitAt`, dashed after, on one scale. */
export function Sparkline({
  values,
  splitAt = values.length,
  width = 96,
  height = 24,
  color = '#1f6feb',
  splitColor = '#722ed1',
  label,
  testId,
}: SparklineProps) {
  // The dashed part starts at the last solid point, so the two join.
  const solid = sparklinePoints(values, width, height, 0, splitAt);
  const dashed = splitAt < values.length ? sparklinePoints(values, width, height, Math.max(0, splitAt - 1)) : [];
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      className="sparkline"
      data-testid={testId}
    >
      {solid.map((points) => (
        <polyline key={`s${points}`} points={points} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" />
      ))}
      {dashed.map((points) => (
        <polyline
          key={`d${points}`}
          points={points}
          fill="none"
          stroke={splitColor}
          strokeWidth={1.5}
          strokeDasharray="3 2"
          strokeLinejoin="round"
        />
      ))}
    </svg>
  );
}
