import type { SelectHTMLAttributes } from 'react';
import { ChoiceSelect } from './ChoiceSelect';

/** A select over fixed values whose first choice is "not stated" (the empty string). */
export function OptionalSelect({
  options,
  emptyLabel = 'Not stated',
  ...props
}: { options: readonly string[]; emptyLabel?: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'>) {
  return <ChoiceSelect options={options} emptyLabel={emptyLabel} {...props} />;
}
