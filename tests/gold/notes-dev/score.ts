/**
 * Notes audit: the share of shown derived notes judged right by hand (tests/gold/notes-dev/judgements.json).
 *
 *   npx tsx tests/gold/notes-dev/score.ts     # shown notes, judged right / wrong, unjudged ones listed; JSON last
 *
 * Runs over the claims dev pages and the 123 corpus pages, never the held-back test split. A note nobody has judged
 * yet is listed so it can be judged (from the page text) and added to the file.
 */
import { loadDatasetIndexFromSources } from '../../../scripts/dataset-files';
import { auditPages, loadJudgements, notesOn, sameNote } from './collect';

const index = await loadDatasetIndexFromSources();
const judged = loadJudgements();
const shown = auditPages().flatMap((page) => notesOn(page, index));
const verdicts = shown.map((note) => ({ note, judgement: judged.find((j) => sameNote(note, j)) }));
const right = verdicts.filter((v) => v.judgement?.right).length;
const wrong = verdicts.filter((v) => v.judgement && !v.judgement.right);
const unjudged = verdicts.filter((v) => !v.judgement);
for (const v of wrong) console.log(`WRONG ${v.note.page} ${v.note.kind}: ${v.note.claim.slice(0, 100)} (${v.judgement?.why})`);
for (const v of unjudged) console.log(`UNJUDGED ${v.note.page} ${v.note.kind}: ${v.note.claim.slice(0, 100)} || ${v.note.text}`);
const judgedShown = right + wrong.length;
console.log(JSON.stringify({ pages: auditPages().length, shown: shown.length, right, wrong: wrong.length, unjudged: unjudged.length, shareRight: judgedShown ? +(right / judgedShown).toFixed(3) : null }));
