/** Two tabs writing one learner record: no answer is lost, and a due question is not reviewed twice. */
import { describe, expect, it } from 'vitest';
import { createLearnerStore, setLessonDone, setWidgetState, type StorageLike } from '../learner-store';
import { scheduler } from '../review/record';
import { latestAnswerAt, recordAttempt } from './attempt';

/** One browser's localStorage, shared by two stores (tabs); no storage events, as when one is still on its way. */
function sharedStorage(): StorageLike {
  const data: Record<string, string> = {};
  return { getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value), removeItem: (key) => void delete data[key] };
}

const day1 = new Date('2026-12-01T10:00:00Z');
const day9 = new Date('2026-12-09T10:00:00Z');

describe('two tabs, one record', () => {
  it('a write from a tab that has not heard of the other tab’s write keeps both', () => {
    const storage = sharedStorage();
    const tabA = createLearnerStore(storage);
    const tabB = createLearnerStore(storage);
    tabA.update((state) => recordAttempt(state, { kind: 'session', questionId: 'a', correct: true, counts: true }, scheduler, day1).state);
    // Tab B has not reloaded (its storage event has not arrived): its change still lands on top of tab A's.
    tabB.update((state) => recordAttempt(state, { kind: 'session', questionId: 'b', correct: false, counts: true }, scheduler, day1).state);
    tabB.update((state) => setWidgetState(setLessonDone(state, 'launch-types', true, day1), 'x', { n: 1 }));
    const reread = createLearnerStore(storage).get();
    expect(Object.keys(reread.reviews).sort()).toEqual(['q:a', 'q:b']);
    expect(reread.lessons['launch-types']).toBeDefined();
    expect(tabA.get().reviews['q:b']).toBeUndefined(); // tab A's view catches up on its next write or storage event
    tabA.update((state) => state);
    expect(Object.keys(tabA.get().reviews).sort()).toEqual(['q:a', 'q:b']);
  });

  it('a due question answered in one tab is practice in the other tab’s session', () => {
    const first = recordAttempt(createLearnerStore(null).get(), { kind: 'session', questionId: 'a', correct: true, counts: true }, scheduler, day1).state;
    const seenAt = latestAnswerAt(first, 'a');
    expect(seenAt).toBe(day1.toISOString());
    // Both tabs start a session with "a" due; tab A answers it first.
    const afterA = recordAttempt(first, { kind: 'session', questionId: 'a', correct: true, counts: true, seenAt }, scheduler, day9).state;
    expect(afterA.reviews['q:a'].log).toHaveLength(2);
    // Tab B's answer, against the record that holds tab A's: not a second review.
    const afterB = recordAttempt(afterA, { kind: 'session', questionId: 'a', correct: false, counts: true, seenAt }, scheduler, day9).state;
    expect(afterB).toBe(afterA);
    // Without a session view (older callers), an answer still counts.
    expect(recordAttempt(afterA, { kind: 'session', questionId: 'a', correct: false, counts: true }, scheduler, day9).state.reviews['q:a'].log).toHaveLength(3);
    expect(latestAnswerAt(first, 'never')).toBeNull();
  });
});
