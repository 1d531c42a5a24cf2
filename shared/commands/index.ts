export { applyCommand, applyDocumentPatches, type ApplyResult, type CommandCall } from './apply';
export { COMMANDS, type CommandName, type CommandPayload } from './registry';
export { createDocument } from './create';
export { linkRefusal, type LinkRefusal } from './links';
export { CommandRefused, type CommandContext, type CommandRefusal, type RefusalCode } from './types';
export { applyHistoryStep } from './history';
export { currentDocument, produceDocument } from './produce';
