/** `npx tsx scripts/import/cred-1.ts [cred1_current.csv]`: CRED-1's domains and categories -> data/directory/. */
import { LowCredibilityRecordSchema } from '../../lib/dataset/schema';
import { importCred1 } from '../../lib/dataset/importers/cred-1';
import { inputPath, readText, writeDirectoryFile } from './write-directory';

const { records, dropped } = importCred1(readText(inputPath(0, 'cred-1/cred1_current.csv')));
writeDirectoryFile('cred-1.json', LowCredibilityRecordSchema, records, dropped);
