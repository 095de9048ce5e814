// Writes schemas/microapp.schema.json from the zod schema (run by `npm run build`; a test checks it is current).
import { writeFileSync } from 'node:fs';
import { manifestJsonSchema } from '../src/core/manifest/manifestJsonSchema';

writeFileSync('schemas/microapp.schema.json', JSON.stringify(manifestJsonSchema(), null, 2) + '\n');
