/**
 * The responsibility-matrix collection: content/responsibility-matrix.ts, its shape (and so its type:
 * lib/quiz/types.ts derives from it), cross-references (layers, sources, rounds), uniqueness, and one-sentence
 * explanations.
 */
import 'server-only';
import { z } from 'zod';
import { responsibilityMatrix } from '@/content/responsibility-matrix';
import { LESSON_SLUGS } from '../course';
import { defineCollection } from '../content/collection';
import { describeField, nameById, type PathDescriber } from '../content/errors';
import { kebabId, repeatedIds, text as fieldText } from '../content/fields';
import { OWNERS } from './types';

export const MATRIX_FILE = 'content/responsibility-matrix.ts';

/** Round ids become storage keys (`quiz:<round>`); this one is taken by the remembered active round. */
export const RESERVED_ROUND_IDS = ['active'];

const id = (what: string) => kebabId(what);
const text = (what: string, max: number) => fieldText(what, { max });

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
    /** Tab label: a few words. */
    title: text('a short round title', 24),
    /** One sentence naming the setup, shown above the cards. */
    description: sentence('a description'),
    /** Keys into the matrix's sources. */
    sources: z.array(id('a source key'), { error: 'expected a list of source keys' }).min(1, { error: 'expected at least one source' }),
    cells: z.array(cellSchema, { error: 'expected a list of cells' }).min(2, { error: 'expected at least two cells' }),
    /** Layers deliberately left out of this round, and why. */
    omitted: z.array(z.object({ layer: id('a layer id'), reason: sentence('a reason') }).strict()).optional(),
  })
  .strict();

export const matrixSchema = z
  .object({
    /** The lesson that results are recorded against. */
    lesson: z.enum(LESSON_SLUGS, { error: `expected a lesson slug (${LESSON_SLUGS.join(', ')})` }),
    /** The rounds shown inside that lesson; the practice page shows every round. */
    lessonRounds: z.array(id('a round id'), { error: 'expected a list of round ids' }).min(1, { error: 'expected at least one round for the lesson' }),
    /** The layers of the container stack, as cards: a short label and a hint of what it covers. */
    layers: z
      .array(z.object({ id: id('a layer id'), label: text('a label', 60), hint: text('a hint', 60) }).strict())
      .min(1, { error: 'expected at least one layer' }),
    sources: z.record(id('a source key'), z.object({ title: text('a source title', 120), url: awsUrl }).strict()),
    rounds: z.array(roundSchema, { error: 'expected a list of rounds' }).min(1, { error: 'expected at least one round' }),
  })
  .strict();

/** Each value used more than once, named once. */
const duplicates = (values: string[]): Set<string> => new Set(repeatedIds(values).map(({ id }) => id));

export type ResponsibilityMatrix = z.output<typeof matrixSchema>;

/** The cross-reference rules a schema cannot express; one readable line per problem. */
export function crossCheck(matrix: ResponsibilityMatrix, file: string = MATRIX_FILE): string[] {
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

  for (const layer of layerIds)
    if (!usedLayers.has(layer)) problems.push(`${file}: layer "${layer}": not used by any round, expected every layer to be a card somewhere`);
  for (const key of Object.keys(matrix.sources)) {
    if (!usedSources.has(key)) problems.push(`${file}: source "${key}": not cited by any round, expected every source to be cited`);
  }
  return problems;
}

/** `field "rounds.2.cells.4.owner"` is easier to find as `field "rounds.2.cells.4.owner" (round "fargate")`. */
const describePath: PathDescriber = (input, path) => {
  const field = describeField(input, path);
  if (path[0] !== 'rounds' || typeof path[1] !== 'number') return field;
  const round = nameById((input as { rounds?: unknown } | undefined)?.rounds, path[1], 'round');
  return round.includes('"') ? `${field} (${round})` : field;
};

export const matrixCollection = defineCollection({
  name: 'the quiz matrix',
  file: MATRIX_FILE,
  load: () => responsibilityMatrix,
  schema: matrixSchema,
  describePath,
  crossCheck,
});
