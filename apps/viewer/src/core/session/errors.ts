// Turning any thrown value into the error branch of a Remote, in words for the analyst.
import { ApiError } from '../api/api-error.js';
import type { RemoteError } from './app-state.js';

/**
 * The `{ type: 'error' }` state for a failure; unknown values get a generic message rather than a stack.
 * @example store.set({ detail: toRemoteError(error) })
 */
export function toRemoteError(error: unknown): RemoteError {
  if (error instanceof ApiError)
    return {
      type: 'error',
      message: error.message,
      ...(error.hint ? { hint: error.hint } : {}),
      // 401: the server was started with `--token` and this tab has none (or a wrong one).
      ...(error.status === 401 ? { needsToken: true } : {}),
    };
  if (error instanceof Error) return { type: 'error', message: `viewer: ${error.message}` };
  return { type: 'error', message: 'viewer: something went wrong' };
}
