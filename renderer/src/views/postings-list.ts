import type { PostingsSort } from '../../../shared/api-pages';
import { call } from '../api-client';
import { prefetchFirstPage } from '../paged-list';

/** What the Postings table is asked for besides its page: a search, a sort (none: board order). */
export interface PostingsInput {
  search?: string;
  sort?: PostingsSort;
}

/** Reads one page of the Postings table. */
export const postingsPage = (input: PostingsInput) => (offset: number, limit: number) =>
  call('postings.list', { ...input, offset, limit });

/** The Postings table's first page as the view opens (no search, board order), asked for before its code is in. */
export const prefetchPostings = (): void => {
  prefetchFirstPage('postings.list', {}, postingsPage({}));
};
