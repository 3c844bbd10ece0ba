// Asks for the bearer token when the server was started with `--token` and this tab has none (or a wrong one).
import { useState } from 'react';
import type { FormEvent } from 'react';
import { TOKEN_KEY } from '../core/api/token.js';

export function TokenForm() {
  const [value, setValue] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!value.trim()) return;
    window.sessionStorage.setItem(TOKEN_KEY, value.trim());
    // Every request (and the cached overview) starts again with the token.
    window.location.reload();
  };
  return (
    <form className="token-form" data-testid="token-form" onSubmit={submit}>
      <label>
        Access token (given to <code>shabaka serve --token</code>)
        <input
          type="password"
          autoComplete="off"
          data-testid="token-input"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </label>
      <button type="submit" data-testid="token-submit">
        Connect
      </button>
    </form>
  );
}
