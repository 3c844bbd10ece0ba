export { romaniseName, romaniseWord } from './romanise.js';
export { loadRomaniser } from './model-file.js';
export type { Romaniser } from './model-file.js';
export { personKey } from './person-key.js';
