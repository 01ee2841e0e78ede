/** `npx tsx scripts/import/wikidata-newspapers.ts [newspapers.jsonl]`: the Wikidata newspapers -> data/directory/. */
import { DirectoryRecordSchema } from '../../lib/dataset/schema';
import { importWikidataNewspapers } from '../../lib/dataset/importers/wikidata-newspapers';
import { inputPath, readText, writeDirectoryFile } from './write-directory';

const { records, dropped } = importWikidataNewspapers(readText(inputPath(0, 'wikidata-newspapers/newspapers.jsonl')));
writeDirectoryFile('wikidata-newspapers.json', DirectoryRecordSchema, records, dropped);
