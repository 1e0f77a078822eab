import { useEffect, useRef, useState } from 'react';
import type { SavedViewObject, ViewQuery } from './types';
import { useSavedViews } from './useSavedViews';
import { viewQuery } from './viewQuery';

/**
 * Applies the user's default view of a list once, when the page opens. Returns false
 * until the views are known, so the list can wait instead of loading twice.
 */
export function useDefaultView(object: SavedViewObject, apply: (query: ViewQuery) => void): boolean {
  const views = useSavedViews(object);
  const [ready, setReady] = useState(false);
  const applyRef = useRef(apply);
  applyRef.current = apply;

  useEffect(() => {
    if (ready || views.isPending) return;
    const view = views.data?.find((v) => v.is_default);
    if (view) applyRef.current(viewQuery.parse(view.query));
    setReady(true);
  }, [ready, views.isPending, views.data]);

  return ready;
}
