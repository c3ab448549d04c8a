import type { Metadata } from 'next';
import { compileLesson } from '@/lib/content/compile';
import { getGlossary, linkPhrases } from '@/lib/content/glossary';
import { glossarySections, type SectionLink } from '@/lib/content/glossary-sections';
import { getLessons } from '@/lib/content/lessons';
import { GlossaryFilter } from '@/components/glossary/GlossaryFilter';
import { cn } from '@/components/ui/cn';
import { linkClass } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/PageHeader';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'Plain definitions of the AWS container terms used in the course, each with the lesson section that teaches it and its AWS source.',
  alternates: { canonical: '/glossary' },
};

function SectionLinkText({ link, withTitle = false }: { link: SectionLink; withTitle?: boolean }) {
  return (
    <a href={link.href} className={linkClass}>
      Lesson {link.position}
      {withTitle ? ` (${link.lesson})` : ''}: {link.heading}
    </a>
  );
}

export default async function GlossaryPage() {
  const entries = getGlossary();
  const lessons = await Promise.all(
    getLessons().map(async (lesson) => ({ slug: lesson.slug, title: lesson.title, sections: (await compileLesson(lesson.slug)!).sections })),
  );
  const sections = glossarySections(
    entries.map((entry) => ({ id: entry.id, phrases: linkPhrases(entry), lesson: entry.lesson })),
    lessons,
  );
  return (
    // data-glossary-page: a link to /glossary#term jumps straight to it instead of animating the whole page (globals.css).
    <div data-glossary-page className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        title="Glossary"
        lead="The AWS container vocabulary used in the lessons, in plain words. Each term links the lesson section that teaches it and the AWS page its definition is based on."
      />
      <GlossaryFilter terms={entries.map((entry) => ({ id: entry.id, term: entry.term, phrases: linkPhrases(entry) }))} />
      <dl className="mt-6 divide-y divide-zinc-200 dark:divide-zinc-800">
        {entries.map((entry) => {
          const { taught, alsoIn } = sections.get(entry.id) ?? { taught: undefined, alsoIn: [] };
          return (
            <div key={entry.id} id={entry.id} data-glossary-entry={entry.id} className="scroll-mt-24 py-5">
              <dt className="text-lg font-semibold text-zinc-950 dark:text-white">{entry.term}</dt>
              <dd className="mt-1 text-zinc-800 dark:text-zinc-200">
                {entry.definition}{' '}
                <a href={entry.source} rel="noopener noreferrer" className={cn('text-sm', linkClass)}>
                  Source<span className="sr-only">: AWS documentation for {entry.term}</span>
                </a>
              </dd>
              {taught ? (
                <dd className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
                  Taught in <SectionLinkText link={taught} withTitle />
                  {alsoIn.length ? (
                    <>
                      ; also in{' '}
                      {alsoIn.map((link, index) => (
                        <span key={link.href}>
                          {index ? (index === alsoIn.length - 1 ? ' and ' : ', ') : ''}
                          <SectionLinkText link={link} />
                        </span>
                      ))}
                    </>
                  ) : null}
                </dd>
              ) : null}
            </div>
          );
        })}
      </dl>
    </div>
  );
}
