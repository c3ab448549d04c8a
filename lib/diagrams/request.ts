/**
 * "Follow a request": the stepping logic behind the control, as pure functions. The view keeps one
 * RequestState; these say what comes next, what to announce and which boxes and arrows to highlight.
 */
import type { RequestHop } from './types';

export type RequestState = { status: 'idle' } | { status: 'hop'; index: number } | { status: 'done' };

export const IDLE: RequestState = { status: 'idle' };

/** The one action the main button performs: start, go to the next hop, finish, or start again. */
export function advance(state: RequestState, hops: readonly RequestHop[]): RequestState {
  if (!hops.length) return IDLE;
  if (state.status === 'hop') return state.index + 1 < hops.length ? { status: 'hop', index: state.index + 1 } : { status: 'done' };
  return { status: 'hop', index: 0 };
}

export function actionLabel(state: RequestState, hops: readonly RequestHop[]): string {
  if (state.status === 'idle') return 'Follow a request';
  if (state.status === 'done') return 'Start again';
  return state.index + 1 < hops.length ? 'Next hop' : 'Finish';
}

/** The sentence for the live region. `labelOf` names a box as the diagram shows it. */
export function announcement(state: RequestState, hops: readonly RequestHop[], labelOf: (id: string) => string): string {
  if (state.status === 'idle') return '';
  if (state.status === 'done') {
    const last = hops[hops.length - 1];
    return `Request delivered: it reached the ${labelOf(last.node)} in ${hops.length} hops, and the response went back the same way.`;
  }
  const hop = hops[state.index];
  return `Hop ${state.index + 1} of ${hops.length}, ${labelOf(hop.node)}: ${hop.text}`;
}

/** Boxes reached so far, in order; the last one is the current hop unless the request is done. */
export function visitedHops(state: RequestState, hops: readonly RequestHop[]): string[] {
  if (state.status === 'idle') return [];
  const count = state.status === 'done' ? hops.length : state.index + 1;
  return hops.slice(0, count).map((hop) => hop.node);
}

export function currentHop(state: RequestState, hops: readonly RequestHop[]): string | undefined {
  return state.status === 'hop' ? hops[state.index]?.node : undefined;
}

/** Pairs of consecutive boxes the request has travelled between. */
export function travelledLinks(state: RequestState, hops: readonly RequestHop[]): [string, string][] {
  const visited = visitedHops(state, hops);
  return visited.slice(1).map((node, index) => [visited[index], node]);
}
