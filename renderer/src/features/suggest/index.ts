export { SuggestedLinks } from './SuggestedLinks';
export { useAllSuggestions, useSuggestionHints, useSuggestionsFor } from './useSuggestions';
export { suggestTrackerOf } from './suggestTracker';
export { SuggestToggle } from './SuggestToggle';
export { useGhostEdges } from './useGhostEdges';
export { openSuggestion } from './suggestionFocus';
