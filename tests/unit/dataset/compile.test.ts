import { describe, expect, it } from 'vitest';
import { compileDataset } from '@/lib/dataset/compile';
import { createDatasetIndex } from '@/lib/dataset/dataset-index';
import { testOutlet } from '../dataset-fixture';

describe('compileDataset', () => {
  it('indexes names that collide with Object.prototype members as ordinary keys', () => {
    const outlet = testOutlet('proto', ['proto.example'], { name: 'Constructor', aliases: ['__proto__', 'toString'] });
    const compiled = compileDataset({ version: 't', outlets: [outlet], entities: [], claims: [] });
    const index = createDatasetIndex(JSON.parse(JSON.stringify(compiled)));
    expect(index.recordsNamed('constructor')).toEqual([{ type: 'outlet', index: 0 }]);
    expect(index.recordsNamed('toString')).toEqual([{ type: 'outlet', index: 0 }]);
    expect(index.recordsNamed('hasOwnProperty')).toEqual([]);
  });
});
