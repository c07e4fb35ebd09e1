import type { Dataset } from '../model/dataset.js';
import type { Hotline } from '../model/hotline.js';

export interface HotlineFilter {
  /** Only these hotlines, in this order. */
  ids?: readonly string[];
  /** Only hotlines serving this country (ISO 3166-1 alpha-2). */
  country?: string;
  /** Only hotlines with this topic. */
  topic?: string;
}

/** Applies a hotline filter; exported for clients that hold their data elsewhere. */
export function filterHotlines(dataset: Dataset, filter: HotlineFilter = {}): Hotline[] {
  let list = dataset.hotlines;
  if (filter.ids) {
    const byId = new Map(list.map((h) => [h.id, h]));
    // An id asked for twice shows once: two identical cards would also clash on their element ids.
    list = [...new Set(filter.ids)].flatMap((id) => byId.get(id) ?? []);
  }
  if (filter.country) {
    const country = filter.country.toUpperCase();
    list = list.filter((h) => h.countries.includes(country));
  }
  if (filter.topic) {
    const topic = filter.topic;
    list = list.filter((h) => h.topics.includes(topic));
  }
  return list;
}
