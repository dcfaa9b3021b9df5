/** Domain types both processes use. Instants are ISO-8601 UTC strings; calendar days are `YYYY-MM-DD`. */

export const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const;
export type Workplace = (typeof WORKPLACES)[number];

export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'temporary', 'internship'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const SALARY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

export const EVENT_KINDS = ['deadline', 'interview', 'follow-up', 'offer-expiry', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface Salary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriod | null;
}

/** The fields read out of (or typed into) a posting. */
export interface PostingFields {
  title: string | null;
  company: string | null;
  location: string | null;
  workplace: Workplace | null;
  employmentType: EmploymentType | null;
  salary: Salary | null;
  postedAt: string | null;
  deadline: string | null;
  url: string | null;
  email: string | null;
  skills: string[];
  requirements: string[];
  language: string | null;
}

export type PostingFormat = 'manual' | 'text' | 'html' | 'eml' | 'json' | 'csv';

export interface Posting extends PostingFields {
  id: number;
  originalText: string;
  cleanText: string;
  format: PostingFormat;
  sourceName: string | null;
  contentHash: string;
  createdAt: string;
}

export interface Stage {
  id: number;
  name: string;
  position: number;
  isClosed: boolean;
}

/** What a board card shows; also the row of `applications.list`. */
export interface ApplicationSummary {
  id: number;
  postingId: number;
  title: string;
  company: string;
  location: string | null;
  workplace: Workplace | null;
  stageId: number;
  position: number;
  dateSaved: string;
  dateApplied: string | null;
  deadline: string | null;
  excitement: number | null;
  archived: boolean;
  tags: string[];
  lastActivityAt: string;
  /** Board cards only: the next interview's start (an ISO instant, or a `YYYY-MM-DD` day when all-day). */
  nextInterview?: string | null;
}

export interface StageChange {
  id: number;
  applicationId: number;
  fromStageId: number | null;
  toStageId: number | null;
  changedAt: string;
}

export interface CalendarEvent {
  id: number;
  applicationId: number;
  kind: EventKind;
  title: string;
  allDay: boolean;
  /** For all-day events. */
  day: string | null;
  /** For timed events. */
  startsAt: string | null;
  durationMinutes: number | null;
  location: string | null;
  url: string | null;
  roundName: string | null;
  notes: string;
}

export interface Note {
  id: number;
  applicationId: number;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface Contact {
  id: number;
  applicationId: number;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  profileUrl: string | null;
}

export interface Attachment {
  id: number;
  applicationId: number;
  fileName: string;
  mimeType: string | null;
  sizeBytes: number;
  kind: 'resume' | 'cover-letter' | 'other';
  versionLabel: string | null;
  createdAt: string;
}

export interface ApplicationDetail extends ApplicationSummary {
  posting: Posting;
  history: StageChange[];
  notes: Note[];
  contacts: Contact[];
  events: CalendarEvent[];
  attachments: Attachment[];
}

export interface Board {
  stages: Stage[];
  /** Each column's first page, in board order (stage, then the column's order). */
  cards: ApplicationSummary[];
  /** How many cards match in each stage's column, beyond the first page too. */
  columns: { stageId: number; total: number }[];
}

/** Pushed to every open window after a successful write, so they stay in step. */
export interface ChangeEvent {
  method: string;
  topics: Topic[];
  at: string;
}
export type Topic = 'applications' | 'stages' | 'postings' | 'events' | 'reminders' | 'settings';

/** One line of an application's activity timeline (issue 4): stage changes, notes and events, merged by time. */
export type TimelineEntry =
  | { kind: 'stage'; at: string; id: number; fromStage: string | null; toStage: string | null }
  | { kind: 'note'; at: string; id: number; body: string }
  | { kind: 'event'; at: string; id: number; eventKind: EventKind; title: string; allDay: boolean };
