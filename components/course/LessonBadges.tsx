'use client';
/** The lesson header's learner badges: mastery (a link to /quiz) and the check-up's status (a link to the check-up). */
import { CheckUpBadge } from './CheckUpBadge';
import { MasteryBadge } from './MasteryBadge';

export function LessonBadges({ slug, questionIds }: { slug: string; questionIds: string[] }) {
  return (
    <>
      <a href="/quiz" className="hover:underline">
        <MasteryBadge questionIds={questionIds} />
      </a>{' '}
      <CheckUpBadge slug={slug} total={questionIds.length} href="#check-yourself" />
    </>
  );
}
