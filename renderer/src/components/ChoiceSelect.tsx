import type { ReactNode, SelectHTMLAttributes } from 'react';

type Value = string | number;

/** How a choice that is not itself a string or a number becomes an option: its value and its text. */
interface ChoiceShape<T> {
  optionValue: (choice: T) => Value;
  optionLabel: (choice: T) => ReactNode;
}

export type ChoiceSelectProps<T> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> & {
  options: readonly T[];
  /** A first choice with the value '' (no filter, not stated…). */
  emptyLabel?: string;
} & ([T] extends [Value] ? Partial<ChoiceShape<T>> : ChoiceShape<T>);

/** A select over a list of choices, each one option; strings and numbers show themselves unless `optionLabel` says otherwise. */
export function ChoiceSelect<T>({ options, emptyLabel, optionValue, optionLabel, ...props }: ChoiceSelectProps<T>) {
  const valueOf = (optionValue ?? ((choice: T) => choice as Value)) as (choice: T) => Value;
  const labelOf = (optionLabel ?? valueOf) as (choice: T) => ReactNode;
  return (
    <select {...props}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((choice) => (
        <option key={valueOf(choice)} value={valueOf(choice)}>
          {labelOf(choice)}
        </option>
      ))}
    </select>
  );
}

/** Stages as choices: the stage's id is the value, its name the text. */
export const STAGE_CHOICES: ChoiceShape<{ id: number; name: string }> = {
  optionValue: (s) => s.id,
  optionLabel: (s) => s.name,
};
