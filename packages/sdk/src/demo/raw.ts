/*
 * The shape of the demo dataset as written: raw input in the published JSON format, stricter than
 * the format itself (every text in four languages) so that the demo stays complete.
 */

import type { RawChecklist } from './demo-checklists.js';
import type { RawQuiz } from './demo-quiz.js';

/** Every text of the demo is given in all four languages of the kit. */
export interface Text {
  readonly en: string;
  readonly fr: string;
  readonly es: string;
  readonly ar: string;
}

export type Day = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

export interface RawHours {
  readonly timeZone: string;
  readonly alwaysOpen?: true;
  readonly weekly?: readonly { readonly days: readonly Day[]; readonly opens: string; readonly closes: string }[];
  readonly exceptions?: readonly {
    readonly date: string;
    readonly to?: string;
    readonly closed?: true;
    readonly periods?: readonly { readonly opens: string; readonly closes: string }[];
    readonly note?: Text;
  }[];
}

export interface RawChannel {
  readonly kind: 'voice' | 'sms' | 'whatsapp' | 'telegram' | 'signal' | 'viber' | 'messenger' | 'chat' | 'email';
  readonly value: string;
  readonly label?: Text;
  readonly hours?: RawHours;
  readonly languages?: readonly string[];
  readonly free?: boolean;
  readonly note?: Text;
}

export interface RawHotline {
  readonly id: string;
  readonly name: Text;
  readonly description: Text;
  readonly operator: Text;
  readonly countries: readonly string[];
  readonly topics: readonly string[];
  readonly channels: readonly RawChannel[];
  readonly hours?: RawHours;
  readonly languages?: readonly string[];
  readonly free?: boolean;
  readonly anonymous?: boolean;
  readonly emergency?: boolean;
  readonly url?: string;
  readonly lastVerified: string;
}

export interface RawPosition {
  readonly lat: number;
  readonly lng: number;
}

export interface RawStop {
  readonly place: Text;
  readonly position?: RawPosition;
  readonly start: string;
  readonly end: string;
  readonly note?: Text;
}

export interface RawCentre {
  readonly id: string;
  readonly name: Text;
  readonly kind: 'centre' | 'mobile-team' | 'online';
  readonly operator: Text;
  readonly description: Text;
  readonly country: string;
  readonly region?: Text;
  readonly city?: Text;
  readonly address?: Text;
  readonly position?: RawPosition;
  readonly services: readonly string[];
  readonly audiences: readonly (
    'migrants' | 'potential-migrants' | 'returnees' | 'families' | 'asylum-seekers' | 'refugees'
  )[];
  readonly languages: readonly string[];
  readonly hours?: RawHours;
  readonly channels: readonly RawChannel[];
  readonly accessibility?: { readonly wheelchair?: boolean; readonly notes?: Text };
  readonly appointment?: 'walk-in' | 'appointment' | 'either';
  readonly stops?: readonly RawStop[];
  readonly url?: string;
  readonly lastVerified: string;
}

export interface RawTerm {
  readonly id: string;
  readonly name: Text;
  readonly description?: Text;
}

export interface RawDataset {
  readonly format: 'mrc-kit/dataset@1';
  readonly publisher: { readonly name: Text; readonly url: string };
  readonly updated: string;
  readonly defaultLocale: string;
  readonly taxonomy: readonly RawTerm[];
  readonly centres: readonly RawCentre[];
  readonly hotlines: readonly RawHotline[];
  readonly quizzes?: readonly RawQuiz[];
  readonly checklists?: readonly RawChecklist[];
}

export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr'] as const;
