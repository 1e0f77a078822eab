import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** React.lazy for a module's named page export (pages are named exports). */
export function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}
