import { expect, it } from 'vitest';
import { actionLabel, advance, announcement, currentHop, IDLE, travelledLinks, visitedHops, type RequestState } from './request';

const hops = [
  { node: 'client', text: 'The browser sends the request.' },
  { node: 'alb', text: 'The load balancer picks a target.' },
  { node: 'container', text: 'The container answers.' },
];
const labels: Record<string, string> = { client: 'Users', alb: 'Load balancer', container: 'orders-api container' };
const labelOf = (id: string) => labels[id];

function walk(steps: number): RequestState {
  let state: RequestState = IDLE;
  for (let i = 0; i < steps; i++) state = advance(state, hops);
  return state;
}

it('follow a request: starts at the first hop, steps one hop at a time, ends, and starts again', () => {
  expect([1, 2, 3, 4, 5].map((steps) => walk(steps))).toEqual([
    { status: 'hop', index: 0 },
    { status: 'hop', index: 1 },
    { status: 'hop', index: 2 },
    { status: 'done' },
    { status: 'hop', index: 0 },
  ]);
});

it('follow a request: labels the one button for what it will do next', () => {
  expect([0, 1, 2, 3, 4].map((steps) => actionLabel(walk(steps), hops))).toEqual(['Follow a request', 'Next hop', 'Next hop', 'Finish', 'Start again']);
});

it('follow a request: announces one sentence per hop and a clear end', () => {
  expect(announcement(IDLE, hops, labelOf)).toBe('');
  expect(announcement(walk(2), hops, labelOf)).toBe('Hop 2 of 3, Load balancer: The load balancer picks a target.');
  expect(announcement(walk(4), hops, labelOf)).toBe(
    'Request delivered: it reached the orders-api container in 3 hops, and the response went back the same way.',
  );
});

it('follow a request: highlights the boxes reached, the current one and the arrows travelled', () => {
  expect([visitedHops(walk(2), hops), currentHop(walk(2), hops), travelledLinks(walk(2), hops)]).toEqual([['client', 'alb'], 'alb', [['client', 'alb']]]);
  expect([visitedHops(walk(4), hops), currentHop(walk(4), hops)]).toEqual([['client', 'alb', 'container'], undefined]);
  expect([visitedHops(IDLE, hops), travelledLinks(IDLE, hops)]).toEqual([[], []]);
});

it('follow a request: does nothing for a view without a request path', () => {
  expect(advance(IDLE, [])).toEqual(IDLE);
});
