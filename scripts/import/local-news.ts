/** `npx tsx scripts/import/local-news.ts [2023.csv 2018.csv]`: the Local News Dataset -> data/directory/. */
import { DirectoryRecordSchema } from '../../lib/dataset/schema';
import { importLocalNews } from '../../lib/dataset/importers/local-news';
import { inputPath, readText, writeDirectoryFile } from './write-directory';

const { records, dropped } = importLocalNews(
  readText(inputPath(0, 'local-news-dataset/local_news_dataset_2023_with_national.csv')),
  readText(inputPath(1, 'local-news-dataset/local_news_dataset_2018.csv')),
);
writeDirectoryFile('local-news.json', DirectoryRecordSchema, records, dropped);
