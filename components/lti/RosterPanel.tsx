'use client';
/** The course's members as the LMS shares them (NRPS), shown on an instructor's launch. */
import { useEffect, useState } from 'react';
import type { ApiError } from './useLaunchSession';

type Member = { name: string | null; role: 'learner' | 'instructor'; status: string };
type Call = <T>(path: string, init?: RequestInit) => Promise<{ ok: true; data: T } | { ok: false; error: ApiError }>;

export function RosterPanel({ call }: { call: Call }) {
  const [members, setMembers] = useState<Member[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call<{ members: Member[] }>('/lti/api/roster').then((answer) => (answer.ok ? setMembers(answer.data.members) : setError(answer.error.message)));
  }, [call]);
  const learners = members?.filter((member) => member.role === 'learner') ?? [];
  return (
    <section aria-labelledby="lti-roster" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id="lti-roster" className="text-lg font-semibold">
        Your course
      </h2>
      {error && <p role="alert">{error}</p>}
      {!members && !error && <p>Reading the course&apos;s members from the LMS…</p>}
      {members && (
        <>
          <p>
            {learners.length} learner{learners.length === 1 ? '' : 's'} and {members.length - learners.length} instructor
            {members.length - learners.length === 1 ? '' : 's'} in this course.
          </p>
          <ul className="mt-2 list-disc pl-6">
            {members.map((member, index) => (
              <li key={index}>
                {member.name ?? 'A member whose name the LMS does not share'} ({member.role})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
