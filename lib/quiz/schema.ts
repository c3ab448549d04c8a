/**
 * Build-time validation of content/responsibility-matrix.ts: shape, cross-references (layers, sources, rounds),
 * uniqueness, and one-sentence explanations. Server and scripts only: zod never reaches the browser.
 */
import { z } from 'zod';
import { HEDGE } from '../content/check';
import { LESSON_SLUGS } from '../course';
import { ContentError } from '../content/lessons';
import { formatIssues } from '../content/frontmatter';
import { OWNERS, type ResponsibilityMatrix } from './types';

export const MATRIX_FILE = 'content/responsibility-matrix.ts';

/** Round ids become storage keys (`quiz:<round>`); this one is taken by the remembered active round. */
export const RESERVED_ROUND_IDS = ['active'];

const id = (what: string) =>
  z.string({ error: `expected ${what} as text` }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: `expected ${what} in kebab-case (a-z, 0-9, -)` });

const text = (what: string, max: number) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `expected ${what}, got an empty string` })
    .max(max, { error: `expected ${what} of at most ${max} characters` })
    .refine((value) => !HEDGE.test(value), { error: `expected ${what} without hedges such as "not confirmed": state the fact with its source, or leave it out` });

/** Exactly one sentence: ends with a full stop and has no sentence break inside. */
const sentence = (what: string) =>
  text(what, 220).refine((value) => /[.]$/.test(value) && !/[.!?]["”’)]?\s+[A-Z]/.test(value), {
    error: `expected ${what} written as one sentence ending with a full stop`,
  });

const awsUrl = z.url({ protocol: /^https$/, hostname: /(^|\.)aws\.amazon\.com$/, error: 'expected an https:// URL on aws.amazon.com' });

const cellSchema = z
  .object({
    layer: id('a layer id'),
    owner: z.enum(OWNERS, { error: `expected an owner: ${OWNERS.map((owner) => `"${owner}"`).join(', ')}` }),
    explanation: sentence('an explanation'),
  })
  .strict();

const roundSchema = z
  .object({
    id: id('a round id'),
    title: text('a short round title', 24),
    description: sentence('a description'),
    sources: z.array(id('a source key'), { error: 'expected a list of source keys' }).min(1, { error: 'expected at least one source' }),
    cells: z.array(cellSchema, { error: 'expected a list of cells' }).min(2, { error: 'expected at least two cells' }),
    omitted: z.array(z.object({ layer: id('a layer id'), reason: sentence('a reason') }).strict()).optional(),
  })
  .strict();

export const matrixSchema = z
  .object({
    lesson: z.enum(LESSON_SLUGS, { error: `expected a lesson slug (${LESSON_SLUGS.join(', ')})` }),
    lessonRounds: z.array(id('a round id'), { error: 'expected a list of round ids' }).min(1, { error: 'expected at least one round for the lesson' }),
    layers: z
      .array(z.object({ id: id('a layer id'), label: text('a label', 60), hint: text('a hint', 60) }).strict())
      .min(1, { error: 'expected at least one layer' }),
    sources: z.record(id('a source key'), z.object({ title: text('a source title', 120), url: awsUrl }).strict()),
    rounds: z.array(roundSchema, { error: 'expected a list of rounds' }).min(1, { error: 'expected at least one round' }),
  })
  .strict();

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

/** The cross-reference rules a schema cannot express; one readable line per problem. */
export function crossCheck(matrix: ResponsibilityMatrix, file = MATRIX_FILE): string[] {
  const problems: string[] = [];
  const layerIds = new Set(matrix.layers.map((layer) => layer.id));
  const roundIds = new Set(matrix.rounds.map((round) => round.id));
  const usedLayers = new Set<string>();
  const usedSources = new Set<string>();

  for (const dup of duplicates(matrix.layers.map((layer) => layer.id))) problems.push(`${file}: layer "${dup}": id used twice, expected unique layer ids`);
  for (const dup of duplicates(matrix.rounds.map((round) => round.id))) problems.push(`${file}: round "${dup}": id used twice, expected unique round ids`);
  for (const dup of duplicates(matrix.lessonRounds)) problems.push(`${file}: field "lessonRounds": "${dup}" listed twice, expected each round once`);
  for (const roundId of matrix.lessonRounds) {
    if (!roundIds.has(roundId)) problems.push(`${file}: field "lessonRounds": "${roundId}" is not a round, expected one of ${[...roundIds].join(', ')}`);
  }

  for (const round of matrix.rounds) {
    const at = `${file}: round "${round.id}"`;
    if (RESERVED_ROUND_IDS.includes(round.id)) problems.push(`${at}: id is reserved, expected another round id`);
    for (const key of round.sources) {
      if (!(key in matrix.sources)) problems.push(`${at}: source "${key}" is not in "sources", expected one of ${Object.keys(matrix.sources).join(', ')}`);
      usedSources.add(key);
    }
    for (const dup of duplicates(round.sources)) problems.push(`${at}: source "${dup}" cited twice, expected each source once`);
    const cellLayers = round.cells.map((cell) => cell.layer);
    for (const dup of duplicates(cellLayers)) problems.push(`${at}: layer "${dup}" has two cells, expected one answer per layer`);
    for (const layer of cellLayers) {
      if (!layerIds.has(layer)) problems.push(`${at}: cell layer "${layer}" is not in "layers", expected one of ${[...layerIds].join(', ')}`);
      usedLayers.add(layer);
    }
    for (const { layer } of round.omitted ?? []) {
      if (!layerIds.has(layer)) problems.push(`${at}: omitted layer "${layer}" is not in "layers"`);
      if (cellLayers.includes(layer)) problems.push(`${at}: layer "${layer}" is both a cell and omitted, expected one or the other`);
    }
    const owners = new Set(round.cells.map((cell) => cell.owner));
    if (!owners.has('you') || !owners.has('aws')) problems.push(`${at}: cells: expected at least one "you" and one "aws" answer`);
  }

  for (const layer of layerIds) if (!usedLayers.has(layer)) problems.push(`${file}: layer "${layer}": not used by any round, expected every layer to be a card somewhere`);
  for (const key of Object.keys(matrix.sources)) {
    if (!usedSources.has(key)) problems.push(`${file}: source "${key}": not cited by any round, expected every source to be cited`);
  }
  return problems;
}

/** `field "rounds.2.cells.4.owner"` is easier to find as `field "rounds.2.cells.4.owner" (round "fargate")`. */
function nameTheRound(line: string, data: unknown): string {
  return line.replace(/field "(rounds\.(\d+)[^"]*)"/, (match, _field: string, index: string) => {
    const rounds = (data as { rounds?: unknown })?.rounds;
    const roundId = Array.isArray(rounds) ? (rounds[Number(index)] as { id?: unknown } | undefined)?.id : undefined;
    return typeof roundId === 'string' ? `${match} (round "${roundId}")` : match;
  });
}

/** Validate the matrix data; throws a ContentError whose lines name the file, the field and the expectation. */
export function validateResponsibilityMatrix(data: unknown, file = MATRIX_FILE): ResponsibilityMatrix {
  const result = matrixSchema.safeParse(data);
  if (!result.success) {
    const lines = formatIssues(file, result.error, data, 'field').map((line) => nameTheRound(line, data));
    throw new ContentError([...new Set(lines)]);
  }
  const problems = crossCheck(result.data, file);
  if (problems.length) throw new ContentError(problems);
  return result.data;
}
