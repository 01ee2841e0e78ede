import type { DatasetIndex } from '../dataset/dataset-index';
import type { EntityRef } from '../model/analysis';

/** Links a speaker name to an outlet or entity record by its normalised name or alias. */
export function matchEntity(name: string, index: DatasetIndex): EntityRef | null {
  const ref = index.recordsNamed(name)[0];
  if (!ref) return null;
  if (ref.type === 'outlet') {
    const outlet = index.outletAt(ref.index);
    if (!outlet) return null;
    return {
      id: outlet.id,
      name: outlet.name,
      type: `outlet:${outlet.kind}`,
      country: outlet.country,
      typology: outlet.typology ?? null,
      affiliation: outlet.parent ?? outlet.owner,
      note: outlet.note,
      citations: outlet.sources.map(({ url, title }) => ({ url, title })),
    };
  }
  const entity = index.entities[ref.index];
  if (!entity) return null;
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    country: entity.country,
    typology: null,
    affiliation: entity.runBy,
    note: entity.figuresNote ? `${entity.note} ${entity.figuresNote}` : entity.note,
    citations: entity.sources.map(({ url, title }) => ({ url, title })),
  };
}
