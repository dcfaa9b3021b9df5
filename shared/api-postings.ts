import { z } from 'zod';
import type { ApplicationSummary, PostingFields } from './domain';
import { id, method } from './api-method';
import { postingFieldsPatch } from './api-fields';
import { MAX_FILES_PER_CALL } from './api-constants';

/** A pasted posting may be large (a whole saved page); beyond this the importer refuses it with a message. */
const MAX_TEXT = 10 * 1024 * 1024;
const MAX_BASE64 = Math.ceil((MAX_TEXT * 4) / 3) + 4;
// The renderer imports it from api-constants.ts, which has no zod.
export { MAX_FILES_PER_CALL };

const source = z
  .object({
    name: z.string().max(500).optional(),
    text: z.string().max(MAX_TEXT, 'That text is over 10 MB; paste only the posting.').optional(),
    /** A file's bytes, base64: how the browser host and the file picker send files. */
    base64: z.string().max(MAX_BASE64, 'That file is over 10 MB; a posting is much smaller.').optional(),
  })
  .strict()
  .refine((s) => (s.text === undefined) !== (s.base64 === undefined), 'Send either the posting text or a file.');

export interface DuplicateRef {
  applicationId: number;
  title: string;
  company: string;
}

export interface PostingPreview {
  fields: PostingFields;
  /** The fields the importer read out of the posting (the rest are empty). */
  found: (keyof PostingFields)[];
  format: 'text' | 'html' | 'eml' | 'json';
  originalText: string;
  cleanText: string;
  duplicate: DuplicateRef | null;
}

export type SaveOutcome =
  | { status: 'saved'; application: ApplicationSummary }
  | { status: 'duplicate'; duplicate: DuplicateRef }
  | { status: 'error'; message: string };

export const postingsApi = {
  'postings.parse': method<PostingPreview>()(source),
  'postings.save': method<SaveOutcome>()(
    z
      .object({
        fields: postingFieldsPatch.required({ title: true, company: true }),
        originalText: z.string().max(MAX_TEXT),
        cleanText: z.string().max(MAX_TEXT),
        format: z.enum(['text', 'html', 'eml', 'json', 'manual']),
        sourceName: z.string().max(500).nullable(),
        force: z.boolean().optional(),
        stageId: id.optional(),
      })
      .strict(),
    ['applications', 'postings', 'events', 'reminders'],
  ),
  'postings.importFile': method<{ name: string } & SaveOutcome>()(
    z
      .object({
        name: z.string().min(1).max(500),
        base64: z.string().max(MAX_BASE64, 'That file is over 10 MB; a posting is much smaller.'),
        force: z.boolean().optional(),
      })
      .strict(),
    ['applications', 'postings', 'events', 'reminders'],
  ),
  /** Several files in one call (the app's batch import sends them in groups): parsed and saved in a worker thread. */
  'postings.importFiles': method<({ name: string } & SaveOutcome)[]>()(
    z
      .object({
        files: z
          .array(
            z
              .object({
                name: z.string().min(1).max(500),
                base64: z.string().max(MAX_BASE64, 'That file is over 10 MB; a posting is much smaller.'),
              })
              .strict(),
          )
          .min(1, 'Send at least one file.')
          .max(MAX_FILES_PER_CALL, `Send at most ${MAX_FILES_PER_CALL} files at a time.`),
        force: z.boolean().optional(),
      })
      .strict(),
    ['applications', 'postings', 'events', 'reminders'],
  ),
} as const;
