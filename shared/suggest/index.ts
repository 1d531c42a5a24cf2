export { suggestLinks, SuggestIndex, compareSuggestions, MIN_SCORE, type Suggestion, type SuggestOptions } from './suggest';
export { tfidfRanking } from './tfidf';
export { evaluateRanking, withoutSkillLinks, goldLinks, type Quality, type Ranker } from './evaluate';
export { terms, words } from './tokens';
export { porterStem } from './stem';
