import type { DatasetIndex } from '../../../lib/dataset/dataset-index';
import type { Attribution } from '../../../lib/model/analysis';

type Entity = DatasetIndex['entities'][number];

/** The attribution-engine view of a dataset entity. */
export function refOf(entity: Entity): NonNullable<Attribution['entity']> {
  return { id: entity.id, name: entity.name, type: entity.type, country: entity.country, typology: null, affiliation: entity.runBy, note: entity.note, citations: [] };
}

/**
 * A hand-made attribution to `speaker` in `text` (paragraph `paragraph`), shared by the claim tests: over the
 * speaker's name only, or over the whole paragraph (`whole`, as the engine covers a sentence it attributes).
 */
export function attributionOver(
  text: string,
  speaker: string,
  { paragraph = 0, whole = false, entity = null }: { paragraph?: number; whole?: boolean; entity?: Entity | null } = {},
): Attribution {
  const at = text.indexOf(speaker);
  if (at < 0 && whole) throw new Error(`"${speaker}" not in paragraph ${paragraph}`);
  const start = whole ? 0 : Math.max(0, at);
  const end = whole ? text.length : start + speaker.length;
  return {
    speaker,
    role: null,
    affiliation: null,
    kind: 'organization',
    mode: 'indirect',
    cue: 'said',
    cueTone: 'neutral',
    text: text.slice(start, end),
    via: null,
    qualifiers: [],
    paragraph,
    start,
    end,
    entity: entity ? refOf(entity) : null,
  };
}

/**
 * Three sources quoted in a paragraph of their own: the reporting around a test sentence, so that a figure with no
 * source stands out (a page that attributes nothing is its own source and gets no "no source" note).
 */
export const REPORTING = 'The mayor said the town was calm. A spokesman said shops would open. A resident told reporters she was tired.';
export function reportingAttributions(paragraph: number): Attribution[] {
  return ['The mayor', 'A spokesman', 'A resident'].map((speaker) => attributionOver(REPORTING, speaker, { paragraph }));
}
