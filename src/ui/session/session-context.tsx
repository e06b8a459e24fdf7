import { createContext, useContext, type ReactNode } from 'react';
import type { Autosave } from './autosave.ts';
import type { DesignLibrary } from './library.ts';
import type { DesignSession } from './useDesignSession.ts';

/** What the views need of the session: opening designs, notices, the library of kept designs. */
export interface SessionApi {
  open: DesignSession['open'];
  notify: DesignSession['notify'];
  library: DesignLibrary;
  /** The title of the design on screen. */
  title: string;
  /** The autosave of the design on screen (its status has a subscription of its own). */
  autosave: Autosave;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ value, children }: { value: SessionApi; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider> above it');
  return session;
}
