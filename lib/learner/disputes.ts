/**
 * Disputed questions: a learner who thinks a question is wrong or unclear flags it with a note. Kept in the learner
 * record (schema.ts `disputes`), so it travels in the progress export and can be drawn into a "flagged" session.
 */
import { MAX_DISPUTE_NOTE, type Dispute, type LearnerState } from './schema';

export type DisputeOutcome = { status: 'saved'; state: LearnerState } | { status: 'too-long'; state: LearnerState; max: number };

/** Flag a question (or change its note). The note is trimmed; an empty note is allowed (the flag alone says enough). */
export function disputeQuestion(state: LearnerState, questionId: string, note: string, now = new Date()): DisputeOutcome {
  const text = note.trim();
  if (text.length > MAX_DISPUTE_NOTE) return { status: 'too-long', state, max: MAX_DISPUTE_NOTE };
  return { status: 'saved', state: { ...state, disputes: { ...state.disputes, [questionId]: { at: now.toISOString(), note: text } } } };
}

/** Take the flag off; the field is dropped when nothing is left flagged. */
export function withdrawDispute(state: LearnerState, questionId: string): LearnerState {
  if (!state.disputes?.[questionId]) return state;
  const { [questionId]: _gone, ...rest } = state.disputes;
  if (Object.keys(rest).length) return { ...state, disputes: rest };
  const { disputes: _none, ...without } = state;
  return without;
}

export function readDispute(state: Pick<LearnerState, 'disputes'>, questionId: string): Dispute | undefined {
  return state.disputes?.[questionId];
}

/** Flagged question ids, oldest flag first. */
export function disputedIds(state: Pick<LearnerState, 'disputes'>): string[] {
  return Object.entries(state.disputes ?? {})
    .sort(([, a], [, b]) => Date.parse(a.at) - Date.parse(b.at))
    .map(([id]) => id);
}
