export * from './ids';
export * from './stamp';
export * from './vocab';
export * from './entities';
export * from './links';
export * from './records';
export * from './document';
export * from './review';
