'use client';
/** The owner patterns (shared by the diagram and the key) and the key itself: a swatch, a tag and a label per owner. */
import { OWNER_LABELS, OWNER_TAGS, type Owner } from '@/lib/diagrams/types';

export function patternId(uid: string, owner: 'aws' | 'shared') {
  return `${uid}-pattern-${owner}`;
}

/** Invisible definitions the boxes and swatches fill from. Not display:none, or some browsers drop the patterns. */
export function OwnerPatterns({ uid }: { uid: string }) {
  return (
    <svg aria-hidden="true" focusable="false" width="0" height="0" className="pointer-events-none absolute">
      <defs>
        <pattern id={patternId(uid, 'aws')} patternUnits="userSpaceOnUse" width="10" height="10" patternTransform="rotate(45)">
          <rect width="10" height="10" style={{ fill: 'var(--dg-aws-fill)' }} />
          <rect width="4" height="10" style={{ fill: 'var(--dg-aws-ink)' }} />
        </pattern>
        <pattern id={patternId(uid, 'shared')} patternUnits="userSpaceOnUse" width="9" height="9">
          <rect width="9" height="9" style={{ fill: 'var(--dg-shared-fill)' }} />
          <circle cx="4.5" cy="4.5" r="1.9" style={{ fill: 'var(--dg-shared-ink)' }} />
        </pattern>
      </defs>
    </svg>
  );
}

const KEY_HINT: Record<Owner, string> = {
  you: 'solid',
  aws: 'striped',
  shared: 'dotted',
  outside: 'dashed outline',
};

function Swatch({ owner, uid }: { owner: Owner; uid: string }) {
  const fill = owner === 'aws' || owner === 'shared' ? `url(#${patternId(uid, owner)})` : `var(--dg-${owner}-fill)`;
  return (
    <svg aria-hidden="true" focusable="false" width="34" height="22" viewBox="0 0 34 22" className="shrink-0">
      <rect
        x="1"
        y="1"
        width="32"
        height="20"
        rx="3"
        style={{ fill, stroke: `var(--dg-${owner}-border)`, strokeWidth: 2, strokeDasharray: owner === 'outside' ? '5 3' : undefined }}
      />
    </svg>
  );
}

export function OwnerKey({ owners, uid }: { owners: Owner[]; uid: string }) {
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-zinc-800 dark:text-zinc-200">
      <p className="font-semibold" id={`${uid}-key`}>
        Key
      </p>
      <ul aria-labelledby={`${uid}-key`} className="flex flex-wrap gap-x-5 gap-y-2">
        {owners.map((owner) => (
          <li key={owner} className="flex items-center gap-2">
            <Swatch owner={owner} uid={uid} />
            <span
              aria-hidden="true"
              className="rounded-[3px] px-1.5 py-px text-[0.625rem] font-bold tracking-wide"
              style={{ background: `var(--dg-${owner}-border)`, color: 'var(--dg-tag-text)' }}
            >
              {OWNER_TAGS[owner]}
            </span>
            <span>
              {OWNER_LABELS[owner]} <span className="text-zinc-600 dark:text-zinc-400">({KEY_HINT[owner]})</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
