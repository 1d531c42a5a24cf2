export * from './anchors';
export * from './fields';
export * from './status';
export * from './changes';
export * from './proposals';
export * from './reading';
