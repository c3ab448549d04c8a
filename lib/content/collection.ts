/**
 * One way to define a content collection: where its records come from (one file or several), the zod schema
 * each record must pass, optional checks the schema cannot express, and a resolver that turns the valid records
 * into what pages use. The schema is the type (z.input for authors, z.output after parsing); every problem is a
 * line naming the file and the field (lib/content/errors.ts). `npm run check:content` loops over `check()`.
 */
import type { z } from 'zod';
import { ContentError, describeField, formatIssues, type PathDescriber } from './errors';

/** One record before validation: the file it came from (shown in messages) and its data. */
export type RecordSource = {
  file: string;
  /** The record's name inside the collection (a lesson slug, a diagram id); defaults to the file. */
  key?: string;
  data: unknown;
  /** A problem found before the schema could run (YAML that does not parse, say). */
  error?: string;
};

export type ValidRecord<T> = { file: string; key: string; value: T };

export type Validation<T> = { status: 'ok'; value: T } | { status: 'invalid'; errors: string[] };

type Common<S extends z.ZodType> = {
  /** The collection's name in the content check's summary ("glossary terms", "checklists"). */
  name: string;
  schema: S;
  /** Names a path in the author's words; `field "a.b"` by default. */
  describePath?: PathDescriber;
  /** Rules for one valid record that a schema cannot express field by field. */
  checkRecord?: (value: z.output<S>, file: string) => string[];
};

type OneFile<S extends z.ZodType, R> = Common<S> & {
  file: string;
  load: () => unknown;
  crossCheck?: (value: z.output<S>, file: string) => string[];
  resolve?: (value: z.output<S>) => R;
};

type ManyFiles<S extends z.ZodType, R> = Common<S> & {
  files: () => RecordSource[];
  crossCheck?: (records: ValidRecord<z.output<S>>[]) => string[];
  resolve?: (records: ValidRecord<z.output<S>>[]) => R;
};

export type Collection<R> = {
  name: string;
  /** Validate these sources (tests pass fixtures); never throws for content problems. */
  validate: (sources: RecordSource[]) => Validation<R>;
  /** The collection's own sources, validated once (memoised: a build asks from many pages). */
  parse: () => Validation<R>;
  /** The resolved collection; throws a ContentError listing every problem. */
  get: () => R;
  /** Every problem, one line each (empty when the content is valid). */
  check: () => string[];
};

export function defineCollection<S extends z.ZodType, R = z.output<S>>(spec: OneFile<S, R>): Collection<R>;
export function defineCollection<S extends z.ZodType, R = ValidRecord<z.output<S>>[]>(spec: ManyFiles<S, R>): Collection<R>;
export function defineCollection<S extends z.ZodType, R>(spec: OneFile<S, R> | ManyFiles<S, R>): Collection<R> {
  const describe = spec.describePath ?? describeField;
  const single = 'file' in spec;
  const sources = (): RecordSource[] => (single ? [{ file: spec.file, data: spec.load() }] : spec.files());

  function validate(list: RecordSource[]): Validation<R> {
    const errors: string[] = [];
    const records: ValidRecord<z.output<S>>[] = [];
    for (const source of list) {
      if (source.error) {
        errors.push(`${source.file}: ${source.error}`);
        continue;
      }
      const result = spec.schema.safeParse(source.data);
      if (!result.success) {
        errors.push(...formatIssues(source.file, result.error, source.data, describe));
        continue;
      }
      const problems = spec.checkRecord?.(result.data, source.file) ?? [];
      if (problems.length) errors.push(...problems);
      else records.push({ file: source.file, key: source.key ?? source.file, value: result.data });
    }
    if (single) {
      if (errors.length) return { status: 'invalid', errors };
      const [{ value, file }] = records;
      const crossProblems = spec.crossCheck?.(value, file) ?? [];
      if (crossProblems.length) return { status: 'invalid', errors: crossProblems };
      return { status: 'ok', value: spec.resolve ? spec.resolve(value) : (value as R) };
    }
    // Several files: cross-checks run on the valid ones, so one bad file does not hide the others' problems.
    errors.push(...(spec.crossCheck?.(records) ?? []));
    if (errors.length) return { status: 'invalid', errors };
    return { status: 'ok', value: spec.resolve ? spec.resolve(records) : (records as R) };
  }

  let cache: Validation<R> | undefined;
  const parse = () => (cache ??= validate(sources()));
  return {
    name: spec.name,
    validate,
    parse,
    get() {
      const result = parse();
      if (result.status === 'invalid') throw new ContentError(result.errors);
      return result.value;
    },
    check() {
      const result = parse();
      return result.status === 'invalid' ? result.errors : [];
    },
  };
}
