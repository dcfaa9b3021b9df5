import { createContext, useContext } from 'react';

export type ViewName = 'Board' | 'Calendar' | 'Postings' | 'Settings';

export interface Navigation {
  view: ViewName;
  setView: (view: ViewName) => void;
  /** Opens the application's detail over whatever view is showing. */
  openApplication: (id: number) => void;
}

export const NavigationContext = createContext<Navigation>({
  view: 'Board',
  setView: () => undefined,
  openApplication: () => undefined,
});

export const useNavigation = (): Navigation => useContext(NavigationContext);
