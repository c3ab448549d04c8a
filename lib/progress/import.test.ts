import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyState, type LearnerState } from '../learner-store';
import { checksumOf, exportProgress, isEmptyProgress, PROGRESS_FORMAT, progressFile, progressSummary } from './format';
import { importProgress } from './import';

const NOW = new Date('2026-12-01T22:00:00.000Z');
const v1Fixture = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'learner-v1.json'), 'utf8');

const learner: LearnerState = {
  ...emptyState(),
  theme: 'dark',
  lessons: { 'launch-types': { doneAt: '2026-12-01T19:24:16.162Z' } },
  widgets: { 'check-up:launch-types': { answers: { 'lt-spot-warning': { correct: false, at: '2026-12-01T20:00:00.000Z' } } } },
  results: [{ widget: 'check-up', lesson: 'launch-types', score: 6, max: 8, passed: false, completedAt: '2026-12-01T20:05:00.000Z' }],
  reviews: {
    'q:lt-spot-warning': {
      card: {
        due: '2026-12-02T20:00:00.000Z',
        stability: 0.4,
        difficulty: 7,
        elapsed_days: 0,
        scheduled_days: 1,
        learning_steps: 0,
        reps: 1,
        lapses: 0,
        state: 2,
        last_review: '2026-12-01T20:00:00.000Z',
      },
      log: [{ at: '2026-12-01T20:00:00.000Z', rating: 1, correct: false }],
    },
  },
};

const exported = () => JSON.parse(exportProgress(learner, NOW).text) as Record<string, unknown> & { learner: Record<string, unknown> };
const reason = (text: string) => {
  const result = importProgress(text);
  if (result.status !== 'refused') throw new Error('expected a refusal');
  return result.reason;
};
/** Edit a field and re-sign the file, so the schema (not the checksum) is what refuses it. */
const resigned = (change: (file: ReturnType<typeof exported>) => void) => {
  const file = exported();
  change(file);
  file.checksum = checksumOf(JSON.stringify(file.learner));
  return JSON.stringify(file);
};

describe('export', () => {
  it('writes a versioned, dated file with a checksum of the learner store', () => {
    const { text, fileName } = exportProgress(learner, NOW);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: PROGRESS_FORMAT, version: 1, exportedAt: NOW.toISOString(), learner });
    expect(file.checksum).toMatch(/^fnv1a32:[0-9a-f]{8}$/);
    expect(fileName).toBe('containers-on-aws-progress-2026-12-01.json');
  });

  it('sums up what a store holds', () => {
    expect(progressSummary(learner)).toEqual({ lessonsDone: 1, answers: 1, items: 1 });
    expect(isEmptyProgress(emptyState())).toBe(true);
    expect(isEmptyProgress(learner)).toBe(false);
    expect(isEmptyProgress({ ...emptyState(), disputes: { a: { at: '2026-12-01T10:00:00.000Z', note: '' } } })).toBe(false);
  });
});

describe('import', () => {
  it('round-trips: what was exported is what is imported', () => {
    const result = importProgress(exportProgress(learner, NOW).text);
    expect(result).toEqual({ status: 'ok', state: learner, source: 'progress-file', exportedAt: NOW.toISOString() });
  });

  it('round-trips an empty store', () => {
    expect(importProgress(exportProgress(emptyState(), NOW).text)).toMatchObject({ status: 'ok', state: emptyState() });
  });

  it('migrates a bare version 1 learner store (the real v1 fixture) and keeps everything', () => {
    const result = importProgress(v1Fixture);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const old = JSON.parse(v1Fixture);
    expect(result).toMatchObject({ source: 'learner-store', migratedFrom: 1 });
    expect(result.state).toEqual({ ...old, version: 2, reviews: {} });
  });

  it('migrates a progress file whose learner store is version 1', () => {
    const old = JSON.parse(v1Fixture);
    const text = JSON.stringify({
      format: PROGRESS_FORMAT,
      version: 1,
      exportedAt: NOW.toISOString(),
      checksum: checksumOf(JSON.stringify(old)),
      learner: old,
    });
    expect(importProgress(text)).toMatchObject({
      status: 'ok',
      migratedFrom: 1,
      state: { version: 2, theme: 'dark', reviews: {}, lessons: old.lessons, widgets: old.widgets },
    });
  });

  it('refuses a truncated file', () => {
    const text = exportProgress(learner, NOW).text;
    expect(reason(text.slice(0, text.length / 2))).toMatch(/^The file is not complete JSON, so it may have been cut short/);
  });

  it('refuses an empty file, a list, and some other JSON', () => {
    expect(reason('')).toBe('The file is empty.');
    expect(reason('[1,2]')).toBe('This is not a progress file: expected a JSON object, got a list.');
    expect(reason('{"name":"package"}')).toBe('This is not a progress file: field "format": expected "containers-on-aws-progress".');
  });

  it('refuses another format, naming the field', () => {
    const file = exported();
    file.format = 'containers-on-aws/security-checklist';
    expect(reason(JSON.stringify(file))).toBe('This is not a progress file this site can read: field "format": expected "containers-on-aws-progress".');
  });

  it('refuses a file from a newer version of the site', () => {
    const file = exported();
    file.version = 2;
    expect(reason(JSON.stringify(file))).toMatch(/^field "version": this file is format version 2, from a newer version/);
    expect(reason(resigned((f) => (f.learner.version = 3)))).toMatch(/field "learner.version": this progress is learner store version 3/);
  });

  it('refuses a tampered file: valid shape, wrong checksum', () => {
    const file = exported();
    (file.learner.lessons as Record<string, unknown>)['fargate-security'] = { doneAt: '2026-12-01T21:00:00.000Z' };
    expect(reason(JSON.stringify(file))).toMatch(/^field "checksum": the progress in this file was changed after it was exported/);
  });

  it('names the field of a damaged value, deep inside the store', () => {
    expect(reason(resigned((f) => ((f.learner.reviews as Record<string, { card: { due: string } }>)['q:lt-spot-warning'].card.due = 'tomorrow')))).toBe(
      'The progress in this file cannot be read: field "learner.reviews.q:lt-spot-warning.card.due": expected a date and time such as "2026-12-01T10:00:00.000Z".',
    );
    expect(reason(resigned((f) => (f.learner.theme = 'blue')))).toMatch(/field "learner.theme": expected one of light, dark, system/);
    expect(reason(resigned((f) => ((f.learner.results as { score: number }[])[0].score = -1)))).toMatch(/field "learner.results.0.score": expected 0 or more/);
    expect(reason(resigned((f) => ((f.learner.reviews as Record<string, unknown>)['x:1'] = {})))).toMatch(/field "learner.reviews.x:1": expected a review id/);
    expect(reason(resigned((f) => (f.learner.extra = true)))).toMatch(/field "learner": unexpected field.*"extra"/);
  });

  it('refuses a missing learner store and a bad store version', () => {
    const file = exported();
    delete (file as Record<string, unknown>).learner;
    expect(reason(JSON.stringify(file))).toMatch(/field "learner": expected the learner store as an object, got undefined/);
    expect(reason(JSON.stringify({ version: 'one', lessons: {} }))).toMatch(/field "version": expected a learner store version/);
  });

  it('refuses a file far larger than any progress file', () => {
    expect(reason(`{"pad":"${'x'.repeat(2_100_000)}"}`)).toMatch(/a progress file is a few KB/);
  });

  it('a file written by progressFile is what the importer expects', () => {
    expect(importProgress(JSON.stringify(progressFile(learner, NOW)))).toMatchObject({ status: 'ok', state: learner });
  });
});
