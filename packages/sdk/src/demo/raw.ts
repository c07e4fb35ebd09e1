/*
 * The shape of the demo dataset's JSON files as written: raw input in the published JSON format,
 * stricter than the format itself (every text in four languages) so that the demo stays complete.
 * The tests check the files against it (test/dataset.test.ts, "the demo dataset").
 */

/** Every text of the demo is given in all four languages of the kit. */
interface Text {
  readonly en: string;
  readonly fr: string;
  readonly es: string;
  readonly ar: string;
}

type Day = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

interface RawHours {
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

interface RawChannel {
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

interface RawPosition {
  readonly lat: number;
  readonly lng: number;
}

interface RawStop {
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

interface RawTerm {
  readonly id: string;
  readonly name: Text;
  readonly description?: Text;
}

interface RawDataset {
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

interface RawQuizOption {
  readonly id: string;
  readonly text?: Text;
  readonly correct: boolean;
  readonly feedback?: Text;
}

interface RawQuizQuestion {
  readonly id: string;
  readonly kind: 'single' | 'multiple' | 'true-false';
  readonly prompt: Text;
  readonly options: readonly RawQuizOption[];
  readonly explanation: Text;
  readonly source: { readonly title: Text; readonly url: string };
}

interface RawQuiz {
  readonly id: string;
  readonly title: Text;
  readonly intro: Text;
  readonly mode: 'scored' | 'myth-or-fact';
  readonly questions: readonly RawQuizQuestion[];
  readonly poolSize?: number;
  readonly shuffle?: boolean;
  readonly allowBack?: boolean;
  readonly bands?: readonly {
    readonly id: string;
    readonly from: number;
    readonly to: number;
    readonly message: Text;
  }[];
  readonly resources?: {
    readonly hotlines?: readonly string[];
    readonly services?: readonly string[];
    readonly links?: readonly { readonly title: Text; readonly url: string }[];
  };
}

interface RawStep {
  readonly id: string;
  readonly title: Text;
  readonly description?: Text;
  readonly optional?: boolean;
  readonly join?: 'and' | 'or';
  readonly when?: readonly { readonly question: string; readonly answers: readonly string[] }[];
  readonly documents?: readonly {
    readonly id?: string;
    readonly name: Text;
    readonly need?: 'required' | 'if-applicable';
    readonly note?: Text;
  }[];
  readonly cost?: { readonly amount: number; readonly currency: string; readonly note?: Text };
  readonly duration?: { readonly min: number; readonly max?: number; readonly unit: 'hour' | 'day' | 'week' | 'month' };
  readonly where?: { readonly centres?: readonly string[]; readonly url?: string; readonly note?: Text };
  readonly tasks?: readonly Text[];
}

interface RawChecklist {
  readonly id: string;
  readonly title: Text;
  readonly summary: Text;
  readonly kind: string;
  readonly from?: string;
  readonly to?: string;
  readonly reviewed: string;
  readonly source: { readonly title: Text; readonly url: string };
  readonly questions?: readonly {
    readonly id: string;
    readonly prompt: Text;
    readonly options: readonly { readonly id: string; readonly label: Text }[];
  }[];
  readonly steps: readonly RawStep[];
}

/** The demo dataset: every list is there. */
export type DemoDataset = RawDataset & {
  readonly quizzes: readonly RawQuiz[];
  readonly checklists: readonly RawChecklist[];
};
