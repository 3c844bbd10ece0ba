// React bindings of the session: one context, one hook that subscribes to a slice of the app state.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState } from '../core/session/app-state.js';
import type { Session } from '../core/session/session.js';

export const SessionContext = createContext<Session | null>(null);

/** The session given by <SessionContext.Provider>. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('viewer: useSession outside <SessionContext.Provider> (wrap the app in it)');
  return session;
}

/**
 * Subscribes to one slice of the app state; the component re-renders only when that slice changes identity.
 * @example const detail = useAppState((s) => s.detail)
 */
export function useAppState<T>(select: (state: AppState) => T): T {
  const session = useSession();
  return useSyncExternalStore(session.store.subscribe, () => select(session.store.get()));
}
