export { parseDocument } from './parse';
export { serialiseDocument, canonicalObject, compareIds } from './canonical';
export { checkReferences, findRequiresCycle } from './references';
export { MIGRATIONS, OLDEST_VERSION, checkRegistry } from './migrations';
export { findSyntaxError, locatePath, formatPath, positionOf } from './jsonScan';
export * from './problems';
