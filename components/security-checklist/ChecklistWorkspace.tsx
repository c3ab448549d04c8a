'use client';
/**
 * The checklists with their review tools: launch-type filter, progress, Markdown and JSON export, JSON import
 * and reset. One list in a lesson (in its lesson frame), all three on /checklists (under an overview); both read
 * and write the same learner-store slice. The wiring is in useChecklistWorkspace; this file lays it out.
 */
import type { Checklist } from '@/lib/checklists/types';
import { useOpenDetailsForPrint } from '@/components/ui/useOpenDetailsForPrint';
import { ChecklistLessonFrame } from './ChecklistLessonFrame';
import { ChecklistSection } from './ChecklistSection';
import { ChecklistsOverview } from './ChecklistsOverview';
import { ChecklistToolbar } from './ChecklistToolbar';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { useChecklistWorkspace } from './useChecklistWorkspace';

type Props = {
  checklists: Checklist[];
  /** Every item id on every list, so an import here can carry ticks for the other lists too. */
  knownItemIds: string[];
  scope: 'lesson' | 'page';
  /** The lesson frame's title level: 3 in a lesson section, 2 in an embed. */
  headingLevel?: 2 | 3;
};

export function ChecklistWorkspace({ checklists, knownItemIds, scope, headingLevel = 3 }: Props) {
  const workspace = useChecklistWorkspace(checklists, knownItemIds);
  const { state, hydrated, idBase, progress, reset } = workspace;
  // Print shows every item's details, and afterwards restores what the learner had open.
  const rootRef = useOpenDetailsForPrint();
  const single = checklists.length === 1;
  const toolbar = <ChecklistToolbar workspace={workspace} />;

  const section = (list: Checklist, index: number) => (
    <ChecklistSection
      key={list.id}
      checklist={list}
      state={state}
      progress={progress.lists[list.id]}
      idBase={idBase}
      scope={scope}
      printOnNewPage={scope === 'page' && index > 0}
      disabled={!hydrated}
      onCheckedChange={(itemId, checked) => workspace.onCheckedChange(list, itemId, checked)}
      onNotesChange={workspace.onNotesChange}
    />
  );

  return (
    <div ref={rootRef} className="not-prose">
      <ConfirmDialog
        look="roomy"
        danger
        open={reset.confirming}
        title={single ? `Reset “${checklists[0].title}”?` : 'Reset all three checklists?'}
        confirmLabel={single ? 'Reset this checklist' : 'Reset all checklists'}
        onCancel={reset.cancel}
        onConfirm={reset.confirm}
      >
        <p>
          This clears {reset.cleared} saved in this browser for {workspace.scopeName}, including items the filter hides. Export JSON first if you may want them
          back.
        </p>
      </ConfirmDialog>
      {scope === 'lesson' ? (
        <ChecklistLessonFrame checklist={checklists[0]} idBase={idBase} toolbar={toolbar} headingLevel={headingLevel}>
          {section(checklists[0], 0)}
        </ChecklistLessonFrame>
      ) : (
        <div className="space-y-12 print:space-y-0">
          <ChecklistsOverview checklists={checklists} idBase={idBase} progress={progress} toolbar={toolbar} />
          {checklists.map(section)}
        </div>
      )}
    </div>
  );
}
