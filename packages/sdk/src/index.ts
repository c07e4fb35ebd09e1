export { createClient, filterHotlines } from './loading/client.js';
export type { ClientOptions, ClientSearchResult, ClientSource, HotlineFilter, MrcClient } from './loading/client.js';
export { createCentreIndex } from './search/index.js';
export type { CentreIndex, SearchableDataset } from './search/index.js';
export type { CentreQuery, CentreResult, SearchResult } from './search/query.js';
export { foldText } from './search/normalise.js';
export { centreStatus, nextStop, stopTimes } from './search/status.js';
export type { NextStop } from './search/status.js';
export { directionsLinks } from './contact/directions.js';
export type { DirectionsLinks } from './contact/directions.js';
export { haversineKm } from './search/geo.js';
export { DATASET_FORMAT, DATASET_INDEX_FORMAT, isKeptCopy } from './model/dataset.js';
export { DatasetError, type DatasetErrorKind } from './model/errors.js';
export { validateDataset } from './model/validate/dataset.js';
export { hoursSchema } from './model/validate/hours.js';
export { localizedTextSchema } from './model/validate/text.js';
export type { Dataset, LoadResult, Publisher } from './model/dataset.js';
export { loadDataset } from './loading/load.js';
export type { LoadOptions } from './loading/load.js';
export type { FetchOptions } from './loading/fetch-json.js';
export type { FetchedJson, FetchJsonOptions } from './loading/fetch-json.js';
export type { DataUpdate, Freshness } from './loading/options.js';
export { defaultStore, IndexedDbStore, MemoryStore } from './loading/offline-store.js';
export type { IndexedDbStoreOptions, OfflineEntry, OfflineStore } from './loading/offline-store.js';
export { openDatasetSource } from './loading/shards.js';
export type { CentreScope, DatasetSource } from './loading/shards.js';
export { isDatasetIndex, parseDatasetIndex } from './loading/dataset-index.js';
export type { DatasetIndexOptions, ParsedIndex, ShardEntry } from './loading/dataset-index.js';
export { isAlwaysOpen } from './model/hotline.js';
export { HOTLINE_OPTIONAL_FIELDS, parseHotline } from './model/validate/hotline.js';
export { parseCentre } from './model/validate/centre.js';
export type { Channel, Hotline } from './model/hotline.js';
export { APPOINTMENT_POLICIES, AUDIENCES, CENTRE_KINDS } from './model/centre.js';
export { AUDIENCE_NAMES } from './model/audience-names.js';
export type {
  Accessibility,
  AppointmentPolicy,
  Audience,
  Centre,
  CentreKind,
  MobileStop,
  Position,
} from './model/centre.js';
export { DEFAULT_TAXONOMY } from './model/taxonomy.js';
export type { TaxonomyTerm } from './model/taxonomy.js';
export { openingStatus, nextOpening, nextClosing, periodsOn, localDate, addDays, weekdayOf } from './hours/hours.js';
export type {
  HoursException,
  OpeningHours,
  OpeningState,
  OpeningStatus,
  TimePeriod,
  Weekday,
  WeeklyPeriod,
} from './hours/hours.js';
export { isTimeZone } from './hours/time-zone.js';
export { safeLink } from './contact/links.js';
export type { LinkResult } from './contact/links.js';
export { CHANNEL_KINDS, channelLink } from './contact/channel-link.js';
export type { ChannelKind, ChannelLinkResult } from './contact/channel-link.js';
export { normalisePhone } from './contact/phone.js';
export type { PhoneResult } from './contact/phone.js';
export type { DataWarning } from './model/problems.js';
export { localeChain, resolveText, resolveTextWithLang } from './model/text.js';
export { isDefaultTerm } from './model/default-terms.js';
export type { LocalizedText, ResolvedText } from './model/text.js';
export { demoDataset } from './demo/index.js';
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
} from './model/checklist.js';
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
} from './model/checklist.js';
export { isCurrencyCode, parseChecklist } from './model/validate/checklist.js';
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
} from './model/quiz.js';
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
} from './model/quiz.js';
export { parseQuiz } from './model/validate/quiz.js';
export { ownValue } from './model/own-value.js';
export { importHsds } from './hsds/import.js';
export type { ImportHsdsOptions } from './hsds/import.js';
export { loadHsds } from './hsds/hsds-api.js';
export type { LoadHsdsOptions } from './hsds/hsds-api.js';
export { HSDS_DAY_CODES, MRC_HSDS_SCHEMES, MRC_HSDS_TERMS } from './hsds/vocabulary.js';
