import { expect, it } from 'vitest';
import { filterTerms } from './filter';

const terms = [
  { id: 'alb', term: 'Application Load Balancer', phrases: ['Application Load Balancer', 'ALB'] },
  { id: 'task-execution-role', term: 'Task execution role', phrases: ['task execution role'] },
  { id: 'task-role', term: 'Task role', phrases: ['task role'] },
  { id: 'ecs', term: 'Amazon ECS', phrases: ['Amazon ECS'] },
];

it('filterTerms: keeps every term for an empty query, in order', () => {
  expect(filterTerms('', terms)).toEqual(['alb', 'task-execution-role', 'task-role', 'ecs']);
  expect(filterTerms('  -- ', terms)).toEqual(['alb', 'task-execution-role', 'task-role', 'ecs']);
});

it('filterTerms: matches word starts in the term or its phrases, every query word, any case', () => {
  expect(filterTerms('alb', terms)).toEqual(['alb']);
  expect(filterTerms('ROLE', terms)).toEqual(['task-execution-role', 'task-role']);
  expect(filterTerms('exec role', terms)).toEqual(['task-execution-role']);
  expect(filterTerms('load bal', terms)).toEqual(['alb']);
  expect(filterTerms('cs', terms)).toEqual([]);
  expect(filterTerms('ecs fargate', terms)).toEqual([]);
});
