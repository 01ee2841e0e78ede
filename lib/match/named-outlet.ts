import type { DatasetIndex } from '../dataset/dataset-index';
import type { Outlet } from '../dataset/schema';
import { isShortName } from './site-name';

/**
 * The one outlet whose name or alias is exactly `name` once normalised; null when none, or when several outlets
 * share the name (two "CNA"s: a name that fits two outlets identifies neither). A short name ("BBC", "MAP")
 * must also be written as the dataset writes it, so a site called "Map" is not the Moroccan agency MAP.
 */
export function outletNamed(name: string, index: DatasetIndex): Outlet | null {
  const ids = new Set<number>();
  for (const ref of index.recordsNamed(name)) if (ref.type === 'outlet') ids.add(ref.index);
  if (ids.size !== 1) return null;
  const outlet = index.outletAt([...ids][0]!);
  if (!outlet) return null;
  if (isShortName(name) && ![outlet.name, ...outlet.aliases].includes(name.trim())) return null;
  return outlet;
}
