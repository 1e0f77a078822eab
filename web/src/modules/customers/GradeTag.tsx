import { Tag, Tooltip } from 'antd';

const colors: Record<string, string> = { A: 'gold', B: 'blue', C: 'default' };

type GradeTagProps = { grade: string | null | undefined; overridden?: boolean; overrideHint?: string };

/** A customer grade: A gold, B blue, C grey; a star marks a manager's override. */
export function GradeTag({ grade, overridden = false, overrideHint }: GradeTagProps) {
  if (!grade) return <span className="text-muted">—</span>;
  const tag = (
    <Tag color={colors[grade] ?? 'default'} className="grade-tag" data-testid="grade-tag">
      {grade}
      {overridden ? '*' : ''}
    </Tag>
  );
  return overridden && overrideHint ? <Tooltip title={overrideHint}>{tag}</Tooltip> : tag;
}
