// `pnpm --filter @shabaka/ner gazetteers [-- --data DIR]`: compiles gazetteers/{ar,en}.json.gz from shared/data alone
// (`train` does it too, before training); the root `pnpm build:data` runs it with ingest's knowledge-base build.
import { compileGazetteers, writeGazetteer } from '../compile-gazetteers.js';
import { defaultDataDir } from '../paths.js';
import { parseFlags } from './args.js';

const flags = parseFlags(process.argv.slice(2), []);
const dataDir = String(flags.get('data') ?? defaultDataDir());
const gazetteers = compileGazetteers(dataDir);
for (const lang of ['ar', 'en'] as const) {
  const { version, sha256 } = writeGazetteer(lang, gazetteers[lang]);
  process.stdout.write(`ner: gazetteers/${lang}.json.gz (${version}, sha256 ${sha256.slice(0, 12)})\n`);
}
