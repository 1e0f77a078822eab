type BrandMarkProps = { size?: number };

/** The Salient logo: a rounded blue square with a stylised S. */
export function BrandMark({ size = 32 }: BrandMarkProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1f6feb" />
      <path
        d="M9 21.5c1.6 1.3 3.8 2 6.3 2 3.6 0 6.2-1.7 6.2-4.4 0-2.5-1.8-3.6-5.3-4.3-2.5-.5-3.4-1-3.4-2 0-1 1-1.7 2.7-1.7 1.6 0 3 .5 4.2 1.4l1.6-2.3c-1.5-1.1-3.5-1.8-5.8-1.8-3.4 0-5.9 1.8-5.9 4.5 0 2.6 1.9 3.7 5.4 4.4 2.4.5 3.3 1 3.3 2 0 1.1-1.1 1.8-3 1.8-2 0-3.7-.7-5-1.8z"
        fill="#fff"
      />
    </svg>
  );
}
