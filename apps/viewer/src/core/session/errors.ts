// Turning any thrown value into the error branch of a Remote, in words for the analyst.
import { ApiError } from '../api/api-error.js';

/**
 * The `{ type: 'error' }` state for a failure; unknown values get a generic message rather than a stack.
 * @example store.set({ detail: toRemoteError(error) })
 */
export function toRemoteError(error: unknown): { type: 'error'; message: string; hint?: string } {
  if (error instanceof ApiError)
    return { type: 'error', message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  if (error instanceof Error) return { type: 'error', message: `viewer: ${error.message}` };
  return { type: 'error', message: 'viewer: something went wrong' };
}
