import { useSearchParams } from 'react-router';

/**
 * A page's tab kept in `?tab=` so a reload or a link keeps it; `first` (the default tab)
 * is the bare URL. Returns the requested tab (unchecked: the page decides what it shows)
 * and the setter.
 */
export function useTabParam(first: string): [string | null, (next: string) => void] {
  const [params, setParams] = useSearchParams();
  const setTab = (next: string) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        if (next === first) out.delete('tab');
        else out.set('tab', next);
        return out;
      },
      { replace: true },
    );
  return [params.get('tab'), setTab];
}
