import { describe, expect, test } from 'vitest';
import { mapRoles } from './claims';

describe('mapRoles', () => {
  test('context and institution teaching roles map to instructor', () => {
    expect(mapRoles(['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'])).toBe('instructor');
    expect(mapRoles(['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator'])).toBe('instructor');
    expect(mapRoles(['http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant'])).toBe('instructor');
    expect(mapRoles(['Instructor'])).toBe('instructor');
  });
  test('learners, and anything unknown, map to learner', () => {
    expect(mapRoles(['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'])).toBe('learner');
    expect(mapRoles([])).toBe('learner');
    expect(mapRoles(['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student'])).toBe('learner');
  });
});
