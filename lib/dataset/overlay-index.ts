import { claimsOf, compileDataset, curatedOutletsOf, entitiesOf, type CompiledDataset } from './compile';
import { createDatasetIndex, type DatasetIndex } from './dataset-index';
import { countRecords } from './importers/types';
import { mergeOverlay, type Overlay } from './overlay';

/**
 * The background's index: the bundled compiled dataset as it is, or recompiled with the overlay merged in.
 * (Kept apart from overlay.ts so the options page does not bundle the compiler and its domain tables.)
 */
export function indexWithOverlay(
  compiled: CompiledDataset,
  overlay: Overlay | null,
  onError: (error: unknown) => void = (error) => console.warn('Sourcelight overlay: not applied, the index could not be built', error),
): DatasetIndex {
  if (!overlay || countRecords(overlay.records) === 0) return createDatasetIndex(compiled);
  try {
    const { version } = compiled;
    const [outlets, entities, claims] = [curatedOutletsOf(compiled), entitiesOf(compiled), claimsOf(compiled)];
    return createDatasetIndex(compileDataset(mergeOverlay({ version, outlets, entities, claims }, overlay), compiled.directory));
  } catch (error) {
    // User data must never take the extension down: fall back to the bundled dataset alone.
    onError(error);
    return createDatasetIndex(compiled);
  }
}
