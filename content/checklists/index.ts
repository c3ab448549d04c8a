/**
 * The three security checklists, as data. Each item is a check a team can tick in a real review, with why it
 * matters, how to do it, the launch types it applies to, a severity (this course's suggested priority) and the
 * AWS pages behind it. Facts come from /work/shared/reference/aws-facts.md; anything marked unverified there is
 * left out. Validated at build time by lib/checklists/schema.ts (`npm run check:content`).
 * One file per list (fargate-challenges.ts, control-plane.ts, application.ts), the cited pages in sources.ts, and
 * this index that assembles them. Item ids are stored in learners' browsers and in exported files: never rename
 * one, add a new id instead.
 */
import type { ChecklistsContent } from '@/lib/checklists/types';
import { sources } from './sources';
import { fargateChallengesList } from './fargate-challenges';
import { controlPlaneList } from './control-plane';
import { applicationList } from './application';

export const checklistContent: ChecklistsContent = {
  sources,
  lists: [fargateChallengesList, controlPlaneList, applicationList],
};
