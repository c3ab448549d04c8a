import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, exportFileName, localDate, toExportFile, toJson, toMarkdown, type ExportableList } from './export';
import { parseChecklistImport } from './import';
import { applyImportedItems, EMPTY_CHECKLIST_STATE, setChecked, setNotes } from './state';

const fargate: ExportableList = {
  id: 'fargate-challenges',
  title: 'Fargate security challenges',
  items: [
    { id: 'f-telemetry', check: 'Each service has task-level telemetry.', severity: 'high', appliesTo: 'fargate' },
    { id: 'f-non-root', check: 'Every image sets a non-root `USER`.', severity: 'high', appliesTo: 'both' },
  ],
};
const controlPlane: ExportableList = {
  id: 'control-plane',
  title: 'ECS control plane',
  items: [
    { id: 'cp-roles', check: 'Deploy roles are scoped to the services they deploy.', severity: 'critical', appliesTo: 'both' },
    { id: 'cp-agent', check: 'EC2 hosts reach ECS through VPC endpoints.', severity: 'medium', appliesTo: 'ec2' },
  ],
};

// 26 November 2026, 09:30 where the reviewer is.
const now = new Date(2026, 10, 26, 9, 30);
let state = setChecked(EMPTY_CHECKLIST_STATE, 'f-telemetry', true);
state = setNotes(state, 'f-telemetry', '  Flow logs on in prod;\n see OPS-142  ');
state = setChecked(state, 'cp-roles', true);
state = setNotes(state, 'cp-agent', 'No EC2 hosts yet');

describe('toMarkdown', () => {
  it('writes a review of one list, ready to paste into a ticket', () => {
    expect(toMarkdown({ lists: [fargate], state, filter: 'all', now, link: 'https://course.example/checklists' })).toBe(
      `# Security review: Fargate security challenges

- Date: 2026-11-26
- Launch types: All launch types
- Progress: 1 of 2 items done
- Checklist: https://course.example/checklists

## Fargate security challenges: 1 of 2 done

- [x] Each service has task-level telemetry.
  - Severity: High
  - Applies to: Fargate
  - Notes: Flow logs on in prod; see OPS-142
- [ ] Every image sets a non-root \`USER\`.
  - Severity: High
  - Applies to: EC2 and Fargate
  - Notes:
`,
    );
  });

  it('writes only the items the filter shows, with overall and per-list progress', () => {
    expect(toMarkdown({ lists: [fargate, controlPlane], state, filter: 'ec2', now })).toBe(
      `# Security review: ECS security checklists

- Date: 2026-11-26
- Launch types: EC2 (items for EC2 or for both launch types)
- Progress: 1 of 3 items done

## Fargate security challenges: 0 of 1 done

- [ ] Every image sets a non-root \`USER\`.
  - Severity: High
  - Applies to: EC2 and Fargate
  - Notes:

## ECS control plane: 1 of 2 done

- [x] Deploy roles are scoped to the services they deploy.
  - Severity: Critical
  - Applies to: EC2 and Fargate
  - Notes:
- [ ] EC2 hosts reach ECS through VPC endpoints.
  - Severity: Medium
  - Applies to: EC2
  - Notes: No EC2 hosts yet
`,
    );
  });
});

describe('JSON export', () => {
  it('writes every item of the exported lists in a versioned format, whatever the filter', () => {
    expect(toExportFile([controlPlane], { ...state, filter: 'fargate' }, now)).toEqual({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: now.toISOString(),
      lists: ['control-plane'],
      items: {
        'cp-roles': { checked: true, notes: '' },
        'cp-agent': { checked: false, notes: 'No EC2 hosts yet' },
      },
    });
  });

  it('round-trips through the import into an empty state', () => {
    const lists = [fargate, controlPlane];
    const known = new Set(lists.flatMap((list) => list.items.map((item) => item.id)));
    const parsed = parseChecklistImport(toJson(lists, state, now), known);
    expect(parsed.status).toBe('ok');
    if (parsed.status !== 'ok') return;
    expect(parsed.value.ignored).toEqual([]);
    expect(applyImportedItems(EMPTY_CHECKLIST_STATE, parsed.value.items).items).toEqual(state.items);
  });

  it('names files after the scope and the local date', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(exportFileName([fargate], 'md', now)).toBe('security-review-fargate-challenges-2026-11-26.md');
    expect(exportFileName([fargate, controlPlane], 'json', now)).toBe('security-review-all-checklists-2026-11-26.json');
  });
});
