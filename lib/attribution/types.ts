import type { Attribution } from '../model/analysis';

/** An attribution before it is linked to the dataset. */
export type FoundAttribution = Omit<Attribution, 'entity'>;
