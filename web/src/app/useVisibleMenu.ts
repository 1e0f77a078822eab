import { useMe } from '../modules/auth/useMe';
import { isMenuEntryVisible, menuEntries, type MenuEntry } from './menu';

/** The registry entries the signed-in user may open. */
export function useVisibleMenu(): MenuEntry[] {
  const { data: me } = useMe();
  return menuEntries.filter((entry) => isMenuEntryVisible(entry, me));
}
