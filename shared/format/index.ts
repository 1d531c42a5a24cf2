export { parseDocument, MAX_REPORTED } from './parse';
export { repairDocument, type RepairResult } from './repair';
export { serialiseDocument, canonicalObject, compareIds } from './canonical';
export { checkReferences, findRequiresCycle } from './references';
export { MIGRATIONS, OLDEST_VERSION, checkRegistry } from './migrations';
export { findDuplicateKeys, findSyntaxError, locatePath, formatPath, positionOf } from './jsonScan';
export * from './problems';
