import { z } from 'zod';
import { manifestSchema } from './manifestSchema';

/** JSON Schema of microapp.yaml, generated from the zod schema (contributed to the YAML extension's yamlValidation). */
export function manifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(manifestSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://github.com/microapp-guard/microapp-guard/schemas/microapp.schema.json',
    title: 'Micro App Guard manifest (microapp.yaml)',
  };
}
