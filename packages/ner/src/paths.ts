// Where the package's committed files live, resolved from this module so it works from src/ and dist/.
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** packages/ner (one level above src/ or dist/). */
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * Path of a committed model file.
 * @example modelPath('ar') // …/packages/ner/models/ar.model.json.gz
 */
export function modelPath(lang: 'ar' | 'en'): string {
  return join(PACKAGE_DIR, 'models', `${lang}.model.json.gz`);
}

/**
 * Path of the second-stage model of a stacked tagger (present only for languages where stacking helps).
 * @example stackModelPath('ar') // …/packages/ner/models/ar.stack.model.json.gz
 */
export function stackModelPath(lang: 'ar' | 'en'): string {
  return join(PACKAGE_DIR, 'models', `${lang}.stack.model.json.gz`);
}

/**
 * Path of the character name-likeness model read by a language's features (Arabic only).
 * @example nameLikenessPath('ar') // …/packages/ner/models/ar.namelike.json.gz
 */
export function nameLikenessPath(lang: 'ar' | 'en'): string {
  return join(PACKAGE_DIR, 'models', `${lang}.namelike.json.gz`);
}

/**
 * Path of a compiled gazetteer.
 * @example gazetteerPath('en') // …/packages/ner/gazetteers/en.json.gz
 */
export function gazetteerPath(lang: 'ar' | 'en'): string {
  return join(PACKAGE_DIR, 'gazetteers', `${lang}.json.gz`);
}

/**
 * The shared data folder: $SHABAKA_DATA, else `shared/data` beside the repository checkout.
 * @example defaultDataDir() // /work/shared/data
 */
export function defaultDataDir(): string {
  return process.env['SHABAKA_DATA'] ?? resolve(PACKAGE_DIR, '../../../shared/data');
}
