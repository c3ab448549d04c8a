/**
 * One choice out of a few, shown as a row of pills: native radio buttons in a fieldset, so arrow keys move
 * the choice and a screen reader reads "radio button, 2 of 3" under the legend. No state of its own.
 */
import type { ReactNode } from 'react';
import { cn } from './cn';
import { CheckIcon } from './icons/CheckIcon';

export type SegmentedOption<T extends string> = { value: T; label: ReactNode };

type Props<T extends string> = {
  legend: ReactNode;
  /** The radio group's name, unique in the page (useId). */
  name: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  /** A tick after the chosen label, so the choice does not rest on the fill alone. */
  markChosen?: boolean;
  /** Layout of the <fieldset>: margins. */
  className?: string;
  /** Layout of each pill: a minimum width, so labels of different lengths line up. */
  optionClassName?: string;
};

const OPTION =
  'relative inline-flex min-h-10 cursor-pointer items-center justify-center rounded-md px-3 text-sm font-medium text-zinc-800 has-checked:bg-white has-checked:text-zinc-950 has-checked:shadow-sm has-checked:ring-1 has-checked:ring-zinc-400 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-600 dark:text-zinc-200 dark:has-checked:bg-zinc-700 dark:has-checked:text-white dark:has-checked:ring-zinc-500 dark:has-focus-visible:outline-accent-300';

export function SegmentedControl<T extends string>({ legend, name, options, value, onChange, disabled, markChosen, className, optionClassName }: Props<T>) {
  return (
    <fieldset disabled={disabled} className={className}>
      <legend className="text-sm font-medium text-zinc-700 dark:text-zinc-300">{legend}</legend>
      <div className="mt-1.5 inline-flex flex-wrap gap-1 rounded-lg border border-zinc-300 bg-zinc-100 p-1 dark:border-zinc-700 dark:bg-zinc-900">
        {options.map((option) => (
          <label key={option.value} className={cn(OPTION, optionClassName)}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              className="absolute inset-0 h-full w-full cursor-pointer appearance-none rounded-md opacity-0"
            />
            {option.label}
            {markChosen && option.value === value ? <CheckIcon ends="sharp" className="ml-1.5 h-4 w-4" /> : null}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
