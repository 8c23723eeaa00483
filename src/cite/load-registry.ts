/**
 * A registry from untrusted data (a JSON file), validated with zod. Apart from registry.ts so that the engine's
 * check path (which uses the built-in, typed registry) does not carry the validator into the task pane.
 */
import { AppError } from '../errors/app-error';
import { describeIssues } from '../errors/zod-issues';
import { createRegistry, type Registry } from './registry';
import { RegistryDataSchema } from './schema';

/** Validates the data, listing every problem in Vietnamese and English, and builds the registry. */
export function loadRegistry(data: unknown): Registry {
  const parsed = RegistryDataSchema.safeParse(data);
  if (!parsed.success) {
    throw new AppError(
      'cite.registry-invalid',
      { vi: 'Danh mục văn bản không hợp lệ.', en: 'The document registry is not valid.' },
      describeIssues(parsed.error.issues),
    );
  }
  return createRegistry(parsed.data);
}

