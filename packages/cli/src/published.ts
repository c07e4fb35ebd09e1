import {
  DEFAULT_TAXONOMY,
  type Centre,
  type Channel,
  type Dataset,
  type Hotline,
  type TaxonomyTerm,
  normalisePhone,
} from '@mrc-kit/sdk';
import { readableNumber } from './readable-number.js';

type Defaults = Pick<Channel, 'hours' | 'languages' | 'free'>;

/**
 * A channel's value as publishers write it. A phone number is written grouped for people to read
 * (see readableNumber): the SDK keeps only its digits for the link, while a number written in
 * E.164 would reach the page run together. Other values (a messenger's link, a user name, an
 * address) are the SDK's own form.
 */
function publishedValue({ value, display }: Channel): string {
  const number = normalisePhone(display);
  return number.ok && number.e164 === value ? readableNumber(number.display, value) : value;
}

/**
 * A channel as publishers write it: no `href` or `display` (the SDK derives them), and none of
 * the values it took from its centre or hotline (the validator shares those objects, so an
 * inherited value is the very same object).
 */
function publishedChannel(channel: Channel, owner: Defaults) {
  const { href: _href, display: _display, hours, languages, free, ...rest } = channel;
  return {
    ...rest,
    value: publishedValue(channel),
    ...(hours !== owner.hours && hours !== undefined && { hours }),
    ...(languages !== owner.languages && { languages }),
    ...(free !== owner.free && { free }),
  };
}

export function publishedCentre(centre: Centre) {
  const { channels, stops, ...rest } = centre;
  const owner = { hours: centre.hours, languages: centre.languages, free: false };
  return {
    ...rest,
    ...(stops.length > 0 && { stops }),
    channels: channels.map((c) => publishedChannel(c, owner)),
  };
}

function publishedHotline(hotline: Hotline) {
  const owner = { hours: hotline.hours, languages: hotline.languages, free: hotline.free };
  return { ...hotline, channels: hotline.channels.map((c) => publishedChannel(c, owner)) };
}

/** A list whose items are turned into their written form one at a time, as they are written. */
export class MappedList<T, U> implements Iterable<U> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T) => U,
  ) {}

  get length(): number {
    return this.items.length;
  }

  *[Symbol.iterator](): Iterator<U> {
    for (const item of this.items) yield this.map(item);
  }
}

const defaultTerms = new Map(DEFAULT_TAXONOMY.map((term) => [term.id, JSON.stringify(term)]));

/** The publisher's own terms: every term but the default ones left as they are. */
export function ownTerms(taxonomy: readonly TaxonomyTerm[]): TaxonomyTerm[] {
  return taxonomy.filter((term) => defaultTerms.get(term.id) !== JSON.stringify(term));
}

/**
 * A validated dataset in the published form, so that the file a command writes is the data the
 * widgets will show: what the checks left out stays out. Centres and hotlines are converted as
 * they are written (see writeJson), so 100,000 centres are never held twice. Lists the format
 * gained later (quizzes, checklists) pass through as they are.
 */
export function publishedDataset(dataset: Dataset): Record<string, unknown> {
  return {
    ...dataset,
    // The default terms are part of every dataset; only the publisher's own are written.
    taxonomy: ownTerms(dataset.taxonomy),
    centres: new MappedList(dataset.centres, publishedCentre),
    hotlines: new MappedList(dataset.hotlines, publishedHotline),
  };
}
