/**
 * The posting importer's public API.
 *
 * `parsePosting` is async, for every format: e-mails are decoded with postal-mime, which only has an
 * async API, and one signature for all formats keeps callers simple. `parsePostingSync` does the same
 * for every format except `.eml` (it throws PostingInputError 'UNREADABLE' for e-mail) for callers that
 * cannot await, such as bulk CLI paths and benchmarks. Both throw PostingInputError for input that is
 * not a posting (EMPTY, BINARY, INVALID_UTF8, TOO_LARGE, UNREADABLE); the message says what to do.
 */
export { PostingInputError, MAX_INPUT_BYTES, type PostingSource, type PostingInputErrorCode, type PostingFormat } from './input';
export {
  explainPosting,
  parsePosting,
  parsePostingSync,
  type ExplainedResult,
  type ParseResult,
  type ParseOptions,
} from './parse-posting';
export type { ParsedPosting } from '../../../shared/posting';
