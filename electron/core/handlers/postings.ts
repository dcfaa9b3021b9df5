import type { postingsApi } from '../../../shared/api-postings';
import { importPostingFile, previewPosting, savePosting } from '../postings/import-posting';
import { EMPTY_FIELDS } from '../store/postings';
import type { HandlerMap } from './types';

const bytes = (base64: string): Uint8Array => Buffer.from(base64, 'base64');

export const postingsHandlers: HandlerMap<keyof typeof postingsApi> = {
  'postings.parse': ({ db }, { name, text, base64 }) =>
    previewPosting(db, base64 !== undefined ? { name, bytes: bytes(base64) } : { name, text }),
  'postings.save': ({ db }, { fields, originalText, cleanText, format, sourceName, force, stageId }) =>
    savePosting(db, { fields: { ...EMPTY_FIELDS, ...fields }, originalText, cleanText, format, sourceName }, { force, stageId }),
  'postings.importFile': ({ db }, { name, base64, force }) => importPostingFile(db, { name, bytes: bytes(base64) }, { force }),
};
