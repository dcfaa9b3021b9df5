import type { ApiMethod } from '../../../shared/api';
import { applicationHandlers } from './applications';
import { calendarHandlers } from './calendar';
import { dataHandlers } from './data';
import { demoHandlers } from './demo';
import { detailsHandlers } from './details';
import { pagesHandlers } from './pages';
import { postingsHandlers } from './postings';
import { stageHandlers } from './stages';
import { systemHandlers } from './system';
import type { HandlerMap } from './types';

/** Every method of the contract, implemented once; the type check fails if one is missing. */
export const handlers: HandlerMap<ApiMethod> = {
  ...stageHandlers,
  ...applicationHandlers,
  ...postingsHandlers,
  ...pagesHandlers,
  ...detailsHandlers,
  ...calendarHandlers,
  ...dataHandlers,
  ...systemHandlers,
  ...demoHandlers,
};
