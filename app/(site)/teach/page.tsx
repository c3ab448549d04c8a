/**
 * /teach: the instructors' page. Everything it lists comes from the registries: the embed targets and their SCORM
 * packages (lib/teach/catalogue.ts), the assignment settings (lib/assignment/), the embed message protocol
 * (lib/embed/protocol.ts), the learner store's key and the lessons' answer keys (/teach/answer-keys/<lesson>).
 */
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PageHeader } from '@/components/ui/PageHeader';
import { PageSection } from '@/components/ui/PageSection';
import { linkClass } from '@/components/ui/link';
import { cn } from '@/components/ui/cn';
import { teachCatalogue, teachRounds } from '@/lib/teach/catalogue';
import { DEFAULT_PASS_MARK, FEEDBACK_LEVELS, MAX_ATTEMPTS } from '@/lib/assignment/settings';
import { FEEDBACK_LABELS, PART_LABELS } from '@/lib/assignment/labels';
import { MESSAGE_SOURCE, PROTOCOL_VERSION } from '@/lib/embed/protocol';
import { STORAGE_KEY } from '@/lib/learner-store';
import { getLessons } from '@/lib/content/lessons';
import { getQuestionBank } from '@/lib/questions/load';
import { siteUrl } from '@/lib/course';

export const metadata: Metadata = {
  title: 'For instructors',
  description:
    'Embed or package the course for your LMS: what can be assigned, how the grade is worked out, step lists for Moodle, Canvas, Brightspace and Blackboard, privacy, and answer keys.',
  alternates: { canonical: '/teach' },
};

const subheading = 'mt-8 text-lg font-semibold text-zinc-950 dark:text-white';
const prose = 'mt-3 text-zinc-800 dark:text-zinc-200';
const codeBlock =
  'mt-3 overflow-x-auto rounded-lg border border-zinc-200 bg-zinc-50 p-4 text-sm text-zinc-900 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100';

function Steps({ children }: { children: ReactNode }) {
  return <ol className="mt-3 list-decimal space-y-2 pl-6 text-zinc-800 dark:text-zinc-200">{children}</ol>;
}

function Setting({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="py-3">
      <dt className="font-semibold text-zinc-950 dark:text-white">{name}</dt>
      <dd className="mt-1 text-zinc-800 dark:text-zinc-200">{children}</dd>
    </div>
  );
}

const LISTENER = (origin: string) => `<script>
  window.addEventListener('message', (event) => {
    if (event.origin !== '${origin}') return;            // only the course's frames
    const message = event.data;
    if (message?.source !== '${MESSAGE_SOURCE}' || message.version !== ${PROTOCOL_VERSION}) return;
    if (message.type === 'result') {
      const { widget, lesson, score, max, passed, item } = message.payload;
      console.log(widget, lesson, item ?? '', score + '/' + max, passed ? 'passed' : 'not passed');
    }
  });
</script>`;

export default function TeachPage() {
  const items = teachCatalogue();
  const rounds = teachRounds();
  const lessons = getLessons();
  const bank = getQuestionBank();
  const origin = siteUrl();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        eyebrow="For instructors"
        title="Teach with this course"
        lead="Put a lesson, a check-up or a practice widget into your own course: as a SCORM package, through the LTI 1.3 tool, or embedded in any web page. This page says what each choice does to the grade and to your students' data."
      />
      <nav aria-label="On this page" className="mt-6 rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800">
        <ul className="grid gap-1 sm:grid-cols-2">
          {[
            ['what-you-can-assign', 'What you can embed or package'],
            ['settings', 'Assignment settings and the grade'],
            ['lms-steps', 'Adding it to your LMS'],
            ['listening', 'Listening for results in your page'],
            ['privacy', 'What data goes where'],
            ['teacher-material', 'Answer keys and discussion prompts'],
          ].map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className={linkClass}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <PageSection id="what-you-can-assign" title="What you can embed or package" className="mt-12 scroll-mt-24">
        <p className={prose}>
          Every lesson and every practice widget can be embedded (an iframe, or a script that sizes the frame to its content) and downloaded as a SCORM 1.2
          package. On each page the Embed button writes the code and builds a package with your settings; the packages below use the defaults (graded on what
          the item has, one attempt).
        </p>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="sr-only">Embeddable items, their SCORM packages and what a graded package counts</caption>
            <thead className="border-b border-zinc-300 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300">
              <tr>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  Item
                </th>
                <th scope="col" className="py-2 pr-3 font-semibold">
                  Graded on
                </th>
                <th scope="col" className="py-2 font-semibold">
                  Get it
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {items.map((item) => (
                <tr key={item.embed}>
                  <th scope="row" className="py-2 pr-3 font-medium text-zinc-950 dark:text-white">
                    {item.title}
                  </th>
                  <td className="py-2 pr-3 text-zinc-800 dark:text-zinc-200">{item.graded}</td>
                  <td className="py-2 whitespace-nowrap">
                    <a href={item.embed} className={linkClass}>
                      Preview<span className="sr-only">: {item.title}</span>
                    </a>
                    {' · '}
                    <a href={item.scorm} className={linkClass} download>
                      SCORM package<span className="sr-only">: {item.title}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className={prose}>
          The quiz one round at a time: each round has its own page whose Embed button opens on that round, and its Download builds a package that counts that
          round alone.
        </p>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Quiz rounds on their own pages">
          {rounds.map((round) => (
            <li key={round.id}>
              <a href={round.page} className={linkClass}>
                {round.title}
              </a>{' '}
              <span className="text-zinc-700 dark:text-zinc-300">
                (
                <a href={round.embed} className={linkClass}>
                  preview<span className="sr-only">: {round.title}</span>
                </a>
                )
              </span>
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="settings" title="Assignment settings and the grade" className="mt-12 scroll-mt-24">
        <p className={prose}>
          You choose these in the Embed dialog (and in the LTI tool&rsquo;s content picker). They travel in the embed address and inside the package.
        </p>
        <dl className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800">
          <Setting name="Practice or graded">
            Practice keeps every help (try again, show solution, the answer key) and reports completion only. Graded sends a score: the score of one attempt
            over everything assigned, never the best single round or the best answer to one question.
          </Setting>
          <Setting name="What counts">
            {PART_LABELS['check-up']}, {PART_LABELS.quiz.toLowerCase()} or both (where an item has both), and for the quiz which rounds (none chosen means every
            round). A package stays incomplete in the LMS until every assigned part has been answered.
          </Setting>
          <Setting name="Attempts">
            1 to {MAX_ATTEMPTS}, or unlimited (default 1). &ldquo;Start a new attempt&rdquo; appears only while attempts remain, and it starts every assigned
            part afresh. The LMS receives the best submitted attempt.
          </Setting>
          <Setting name="Feedback during a graded attempt">
            <ul className="list-disc pl-6">
              {FEEDBACK_LEVELS.map((level) => (
                <li key={level}>{FEEDBACK_LABELS[level]}</li>
              ))}
            </ul>
            The right answer is never shown in graded mode: with several attempts, the answer to attempt 1 would be the score of attempt 2.
          </Setting>
          <Setting name="Pass mark">
            A percentage. Without one, the LMS&rsquo;s own mastery score applies when it sets one, otherwise {DEFAULT_PASS_MARK} %. It decides passed or failed;
            the score itself is sent either way.
          </Setting>
        </dl>
        <p className={prose}>
          Compared with H5P, retry and the solution button are not author choices: graded hides them always. Compared with Moodle quiz review options, the
          feedback setting matches &ldquo;whether correct&rdquo; and &ldquo;specific feedback&rdquo; during the attempt; &ldquo;right answer&rdquo; has no
          setting. Grading runs in the browser, as in every SCORM package: a determined student can read answers from the page. For a grade checked by a server,
          use the LTI tool.
        </p>
      </PageSection>

      <PageSection id="lms-steps" title="Adding it to your LMS" className="mt-12 scroll-mt-24">
        <p className={prose}>
          Two ways in: upload a SCORM package (works everywhere, grading in the browser), or register the LTI 1.3 tool once per LMS and add graded check-ups
          from the LMS&rsquo;s content picker (grades checked and stored by the course&rsquo;s server). The administrator&rsquo;s addresses for the tool are on{' '}
          <a href="/lti" className={linkClass}>
            the LTI setup page
          </a>{' '}
          (the tool needs the site&rsquo;s Node server: a static copy of the site has none). Menu names vary between versions; these are the usual paths.
        </p>
        <h3 className={subheading}>Moodle</h3>
        <Steps>
          <li>Download the package from the table above, or from a page&rsquo;s Embed dialog with your settings.</li>
          <li>In the course, turn editing on and choose &ldquo;Add an activity or resource&rdquo;, then &ldquo;SCORM package&rdquo;.</li>
          <li>Drop the .zip into &ldquo;Package file&rdquo;; under Grade, keep &ldquo;Highest grade&rdquo; and set attempts to match your assignment; save.</li>
          <li>
            LTI instead: an administrator adds the tool under Site administration, Plugins, External tool, Manage tools, with the registration URL from the
            setup page; teachers then add an &ldquo;External tool&rdquo; activity and press &ldquo;Select content&rdquo;.
          </li>
        </Steps>
        <h3 className={subheading}>Canvas</h3>
        <Steps>
          <li>
            SCORM: if your institution has enabled Canvas&rsquo;s SCORM tool, open SCORM in the course navigation, upload the package and choose to import it as
            a graded assignment.
          </li>
          <li>
            LTI: an administrator adds the tool on the account&rsquo;s Apps page (LTI registrations): by dynamic registration with the registration URL, or
            manually with the tool&rsquo;s URLs; teachers add it from Modules or as an assignment with &ldquo;External Tool&rdquo; submission.
          </li>
        </Steps>
        <h3 className={subheading}>Brightspace</h3>
        <Steps>
          <li>
            SCORM: in Content, open a module and upload the package with Upload/Create. Brightspace has two SCORM players: the newer one, which an administrator
            turns on with the Content Service tool, and the legacy one. With the legacy player a grade item is made for the package by default; otherwise link
            the SCORM object to a grade item in its settings. Brightspace records a grade when the package sets a raw and a maximum score and ends its session,
            which the course&rsquo;s packages do.
          </li>
          <li>
            LTI: an administrator registers an LTI Advantage tool under Manage Extensibility (dynamic registration uses the registration URL); teachers add it
            from &ldquo;Existing Activities&rdquo; in Content.
          </li>
        </Steps>
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          Source:{' '}
          <a href="https://community.d2l.com/brightspace/kb/articles/4269-set-up-the-new-scorm-solution" className={linkClass}>
            D2L, Set up the new SCORM solution
          </a>
          ;{' '}
          <a href="https://community.d2l.com/brightspace/kb/articles/4271-publish-legacy-scorm-objects" className={linkClass}>
            D2L, Publish legacy SCORM objects
          </a>
          .
        </p>
        <h3 className={subheading}>Blackboard</h3>
        <Steps>
          <li>
            SCORM (Ultra course view): on Course Content press the plus button, then Create, then SCORM package, and upload the .zip. Under Grading &amp;
            Submissions set the attempts allowed and choose Grade SCORM to add a gradebook entry. Two things differ from Moodle: with several attempts
            Blackboard keeps the last graded attempt, not the highest, and the grade settings cannot be changed after the import, so set them before you save.
          </li>
          <li>
            LTI: an administrator registers it under Administrator Panel, LTI Tool Providers, &ldquo;Register LTI 1.3 Tool&rdquo;; teachers add it from the
            course&rsquo;s content market or tool links.
          </li>
        </Steps>
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          Source:{' '}
          <a href="https://academic-technology-services.scrollhelp.site/ats/how-do-i-add-scorm-content-to-blackboard-ultra" className={linkClass}>
            Adding SCORM content (a university&rsquo;s Blackboard Ultra guide)
          </a>
          ;{' '}
          <a href="https://help.blackboard.com/he/Learn/Instructor/Original/Course_Content/Create_Content/Add_Content_Packages" className={linkClass}>
            Anthology, Add content packages (Original course view)
          </a>
          .
        </p>
        <h3 className={subheading}>A plain web page</h3>
        <Steps>
          <li>Open the lesson or widget, press Embed, choose the options and copy the code.</li>
          <li>
            Paste it into your page. The frame-only code works wherever iframes are allowed; the code with a script also resizes the frame to its content. Blogs
            and sites that read oEmbed can take the page&rsquo;s address instead.
          </li>
        </Steps>
      </PageSection>

      <PageSection id="listening" title="Listening for results in your page" className="mt-12 scroll-mt-24">
        <p className={prose}>
          An embedded check-up or quiz posts a <code>result</code> message to the page around it when a learner finishes (score, maximum, passed, and an xAPI
          statement). It also sends <code>ready</code> and <code>resize</code>. Check the sender&rsquo;s origin and the message&rsquo;s <code>source</code> and{' '}
          <code>version</code> before trusting it:
        </p>
        <pre tabIndex={0} role="region" aria-label="Example: listening for results" className={codeBlock}>
          <code>{LISTENER(origin)}</code>
        </pre>
        <p className={prose}>A score posted by a browser can be forged by that browser: record it for feedback, not as a grade of record.</p>
      </PageSection>

      <PageSection id="privacy" title="What data goes where" className="mt-12 scroll-mt-24">
        <dl className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800">
          <Setting name="On this site">
            A learner&rsquo;s progress, answers and check-up results stay in their own browser (local storage, key <code>{STORAGE_KEY}</code>). The site has no
            accounts and receives none of it.
          </Setting>
          <Setting name="In a SCORM package">
            Your LMS receives what SCORM 1.2 carries: the score, passed or failed, completion, time, each answered question (its id, the learner&rsquo;s
            response, right or wrong, how long it took) and a resume state. The package loads the lesson from this site, so the site&rsquo;s server sees an
            ordinary page request.
          </Setting>
          <Setting name="In your own page">The result messages go only to the page that embeds the frame. Nothing is sent to this site.</Setting>
          <Setting name="Through the LTI tool">
            The tool&rsquo;s database stores the LMS&rsquo;s opaque user id, the name only if the LMS sends it, the course id and title, and the answers and
            scores; no e-mail. Records older than the retention window (365 days by default) are deleted, and one learner&rsquo;s records can be deleted on
            request.
          </Setting>
        </dl>
      </PageSection>

      <PageSection id="teacher-material" title="Answer keys and discussion prompts" className="mt-12 scroll-mt-24">
        <p className={prose}>
          For you, not for students: each lesson&rsquo;s check-up with every right answer and explanation, and questions for a class discussion. They print
          cleanly. Graded embeds and packages never show them.
        </p>
        <ul className="mt-4 grid gap-2">
          {lessons.map((lesson, index) => (
            <li key={lesson.slug}>
              <a href={`/teach/answer-keys/${lesson.slug}`} className={cn('font-medium', linkClass)}>
                Lesson {index + 1}: {lesson.title}
              </a>{' '}
              <span className="text-sm text-zinc-700 dark:text-zinc-300">({bank.filter((question) => question.lesson === lesson.slug).length} questions)</span>
            </li>
          ))}
        </ul>
      </PageSection>
    </div>
  );
}
