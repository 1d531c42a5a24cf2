export { SuggestedLinks } from './SuggestedLinks';
export { useAllSuggestions, useSuggestionsFor } from './useSuggestions';
export { suggestTrackerOf } from './suggestTracker';
