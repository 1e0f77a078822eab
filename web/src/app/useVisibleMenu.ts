import { useMe } from '../modules/auth/useMe';
import { isMenuEntryVisible, menuEntries, type MenuEntry } from './menu';

/** The registry entries the signed-in user may open and that are listed (side menu, Home links). */
export function useVisibleMenu(): MenuEntry[] {
  const { data: me } = useMe();
  return menuEntries.filter((entry) => !entry.unlisted && isMenuEntryVisible(entry, me));
}
