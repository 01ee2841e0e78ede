import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileDataset } from '../lib/dataset/compile';
import { validateSourceFiles } from '../lib/dataset/validate';
import { COMPILED_PATH, readSourceFiles } from './dataset-files';
import pkg from '../package.json' with { type: 'json' };

function loadValidated() {
  const { files, errors: readErrors } = readSourceFiles();
  const { dataset, errors } = validateSourceFiles(files, pkg.version);
  const all = [...readErrors, ...errors];
  if (all.length) {
    for (const line of all) console.error(line);
    console.error(`dataset: ${all.length} error(s); nothing written`);
    process.exit(1);
  }
  return dataset;
}

function compile() {
  const started = performance.now();
  const compiled = compileDataset(loadValidated());
  mkdirSync(dirname(COMPILED_PATH), { recursive: true });
  const json = JSON.stringify(compiled);
  writeFileSync(COMPILED_PATH, json);
  const ms = (performance.now() - started).toFixed(0);
  console.error(
    `dataset: ${compiled.outlets.length} outlets, ${compiled.entities.length} entities, ${compiled.claims.length} claims -> ${COMPILED_PATH.split('/').slice(-4).join('/')} (${(json.length / 1024).toFixed(0)} KB, ${ms} ms)`,
  );
}

function stats(asJson: boolean) {
  const dataset = loadValidated();
  const records = [...dataset.outlets, ...dataset.entities, ...dataset.claims];
  const countries = new Set([...dataset.outlets, ...dataset.entities].map((r) => r.country).filter(Boolean));
  const result = {
    version: dataset.version,
    counts: { outlets: dataset.outlets.length, entities: dataset.entities.length, claims: dataset.claims.length },
    countries: countries.size,
    countryList: [...countries].sort(),
    citedShare: records.length ? records.filter((r) => r.sources.length > 0).length / records.length : 1,
  };
  if (asJson) console.log(JSON.stringify(result));
  else console.log(`${result.counts.outlets} outlets, ${result.counts.entities} entities, ${result.counts.claims} claims; ${result.countries} countries; ${(result.citedShare * 100).toFixed(1)}% cited`);
}

const [command, ...args] = process.argv.slice(2);
switch (command) {
  case 'compile':
    compile();
    break;
  case 'validate':
    loadValidated();
    console.error('dataset: valid');
    break;
  case 'stats':
    stats(args.includes('--json'));
    break;
  default:
    console.error('usage: npm run --silent dataset -- compile | validate | stats [--json]');
    process.exit(2);
}
