export { createClient, filterHotlines } from './client.js';
export type { ClientOptions, ClientSearchResult, ClientSource, HotlineFilter, MrcClient } from './client.js';
export { createCentreIndex } from './search/index.js';
export type { CentreIndex, SearchableDataset } from './search/index.js';
export type { CentreQuery, CentreResult, SearchResult } from './search/query.js';
export { foldText } from './search/normalise.js';
export { centreStatus, nextStop, stopTimes } from './search/status.js';
export type { NextStop } from './search/status.js';
export { directionsLinks } from './directions.js';
export type { DirectionsLinks } from './directions.js';
export { haversineKm } from './search/geo.js';
export { DATASET_FORMAT } from './dataset.js';
export { DatasetError } from './errors.js';
export { validateDataset } from './validate/dataset.js';
export { hoursSchema } from './validate/hours.js';
export { localizedTextSchema } from './validate/text.js';
export type { Dataset, LoadResult, Publisher } from './dataset.js';
export { loadDataset } from './load.js';
export type { LoadOptions } from './load.js';
export type { FetchOptions } from './fetch-json.js';
export type { FetchedJson, FetchJsonOptions } from './fetch-json.js';
export type { Freshness } from './load.js';
export { defaultStore, IndexedDbStore, MemoryStore } from './offline-store.js';
export type { IndexedDbStoreOptions, OfflineEntry, OfflineStore } from './offline-store.js';
export { DATASET_INDEX_FORMAT, openDatasetSource } from './shards.js';
export type { CentreScope, DatasetSource } from './shards.js';
export type { ShardEntry } from './dataset-index.js';
export { isAlwaysOpen } from './hotline.js';
export { parseHotline } from './validate/hotline.js';
export { parseCentre } from './validate/centre.js';
export type { Channel, Hotline } from './hotline.js';
export { APPOINTMENT_POLICIES, AUDIENCES, CENTRE_KINDS } from './centre.js';
export type { Accessibility, AppointmentPolicy, Audience, Centre, CentreKind, MobileStop, Position } from './centre.js';
export { AUDIENCE_NAMES, DEFAULT_TAXONOMY } from './taxonomy.js';
export type { TaxonomyTerm } from './taxonomy.js';
export { openingStatus, nextOpening, nextClosing, periodsOn, localDate, addDays, weekdayOf } from './hours.js';
export type {
  HoursException,
  OpeningHours,
  OpeningState,
  OpeningStatus,
  TimePeriod,
  Weekday,
  WeeklyPeriod,
} from './hours.js';
export { isTimeZone } from './time-zone.js';
export { CHANNEL_KINDS, channelLink, safeLink } from './links.js';
export type { ChannelKind, ChannelLinkResult, LinkResult } from './links.js';
export { normalisePhone } from './phone.js';
export type { PhoneResult } from './phone.js';
export type { DataWarning } from './problems.js';
export { localeChain, resolveText, resolveTextWithLang } from './text.js';
export type { LocalizedText, ResolvedText } from './text.js';
export { demoDataset } from './demo/demo-dataset.js';
export {
  applicableGroups,
  applicableSteps,
  checklistProgress,
  documentKey,
  isLastingDocumentKey,
  DOCUMENT_NEEDS,
  DURATION_UNITS,
  groupSteps,
  requiredCostTotals,
  stepApplies,
  stepStatus,
} from './checklist.js';
export type {
  Checklist,
  ChecklistDocument,
  ChecklistSource,
  ChecklistStep,
  Cost,
  CostTotal,
  CostTotals,
  DocumentNeed,
  Duration,
  DurationUnit,
  ScreeningAnswers,
  ScreeningOption,
  ScreeningQuestion,
  StepCondition,
  StepGroup,
  StepJoin,
  StepPlace,
  StepStatus,
  Ticks,
} from './checklist.js';
export { isCurrencyCode, parseChecklist } from './validate/checklist.js';
export {
  bandFor,
  isCorrect,
  isFact,
  newAttempt,
  QUESTION_KINDS,
  QUIZ_MODES,
  roundScore,
  scoreAnswer,
  scoreAttempt,
  shuffled,
} from './quiz.js';
export type {
  AttemptResult,
  QuestionKind,
  Quiz,
  QuizAttempt,
  QuizLink,
  QuizMode,
  QuizOption,
  QuizQuestion,
  QuizResources,
  QuizSource,
  RandomSource,
  ScoreBand,
} from './quiz.js';
export { parseQuiz } from './validate/quiz.js';
export { importHsds } from './hsds/import.js';
export type { ImportHsdsOptions } from './hsds/import.js';
export { loadHsds } from './hsds/hsds-api.js';
export type { LoadHsdsOptions } from './hsds/hsds-api.js';
export { HSDS_DAY_CODES, MRC_HSDS_SCHEMES, MRC_HSDS_TERMS } from './hsds/vocabulary.js';
