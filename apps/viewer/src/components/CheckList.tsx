// A fieldset of checkboxes over a "shown" list whose empty form means all (used by every filter facet).
import type { ReactNode } from 'react';
import { toggleShown } from '../core/view/filters.js';

export interface CheckListProps<T extends string> {
  legend: string;
  options: readonly T[];
  shown: readonly T[];
  testIdPrefix: string;
  emptyHint: string;
  onChange: (shown: T[]) => void;
  render?: (option: T) => ReactNode;
}

export function CheckList<T extends string>(props: CheckListProps<T>) {
  const { legend, options, shown, testIdPrefix, emptyHint, onChange, render } = props;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.length === 0 && <p className="hint">{emptyHint}</p>}
      {options.map((option) => (
        <label key={option} dir="auto">
          <input
            type="checkbox"
            data-testid={`${testIdPrefix}-${option}`}
            checked={shown.length === 0 || shown.includes(option)}
            onChange={() => onChange(toggleShown(shown, options, option))}
          />
          {render ? render(option) : option}
        </label>
      ))}
    </fieldset>
  );
}
