import type { SelectHTMLAttributes } from 'react';

/** A select over fixed values whose first choice is "not stated" (the empty string). */
export function OptionalSelect({
  options,
  emptyLabel = 'Not stated',
  ...props
}: { options: readonly string[]; emptyLabel?: string } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select {...props}>
      <option value="">{emptyLabel}</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
}
