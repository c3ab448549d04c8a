/** Two small hand-made quiz rounds for the LTI quiz tests: Fargate (three zones) and EC2 (two), every answer known. */
import type { QuizRound } from '../../quiz/types';

export const card = (id: string, answer: 'you' | 'shared' | 'aws') => ({ id, label: `L-${id}`, hint: `H-${id}`, answer, explanation: `E-${id}` });

export const testRounds: QuizRound[] = [
  {
    id: 'fargate',
    title: 'Fargate',
    description: 'D',
    zones: ['you', 'shared', 'aws'],
    cards: [card('application', 'you'), card('plugins', 'shared'), card('os', 'aws')],
    omitted: [],
    sources: [],
  },
  { id: 'ec2', title: 'EC2', description: 'D', zones: ['you', 'aws'], cards: [card('application', 'you'), card('os', 'you')], omitted: [], sources: [] },
];
