// React components for every mrc element, with typed props and an `on…` prop per event
// (`onMrcCentreSelect`, `onMrcQuizComplete`…). Importing one defines its tag.
export * from './generated/components.js';
