import { readFileSync } from 'node:fs';

/** The committed matching fixtures (jellyfish vectors, MIT; see test/fixtures/README.md). */
const VECTORS = new URL('../../../../test/fixtures/matching/vectors/', import.meta.url);

/** Rows of a headerless `a,b,expected` vector file (quoted fields allowed). */
export const readVectors = (name: string): string[][] => {
  const text = readFileSync(new URL(name, VECTORS), 'utf8');
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (line.length === 0) continue;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        fields.push(field);
        field = '';
      } else field += c;
    }
    fields.push(field);
    rows.push(fields);
  }
  return rows;
};
