/**
 * The instructor's settings for their course, under the class results: when a learner looks stuck, and the LRS the
 * class's xAPI statements are forwarded to (lib/lti/class/settings.ts validates both on the server too), with the
 * forwarding's state (queued, sent, failing with the LRS's last answer; never the key's secret). A view with a
 * form: ClassResults saves it and reads the report again.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ForwardingStatus } from '@/lib/lti/class/lrs';
import type { PublicSettings, SettingsInput } from '@/lib/lti/class/settings';
import { STUCK_LIMITS } from '@/lib/lti/class/settings-limits';
import { Button } from '@/components/ui/Button';

const field = 'rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900';
const heading = 'text-lg font-semibold text-zinc-950 dark:text-white';
const hint = 'text-sm text-zinc-700 dark:text-zinc-300';

type Stuck = PublicSettings['stuck'];
const STUCK_FIELDS: { key: keyof Stuck; hint: string }[] = [
  { key: 'minAttempts', hint: 'Stuck after this many attempts…' },
  { key: 'lowPercent', hint: '…whose best score is still below this percentage.' },
  { key: 'staleDays', hint: 'Or: opened this many days ago and never finished.' },
];

export function ForwardingState({ status }: { status: ForwardingStatus }) {
  const when = status.lastSentAt ? new Date(status.lastSentAt).toISOString().slice(0, 16).replace('T', ' ') : null;
  return (
    <div className="grid gap-2">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {(
          [
            ['Queued', status.queued],
            ['Sent', status.sent],
            ['Failing', status.failing],
            ['Set aside', status.failed],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded-md bg-zinc-50 px-3 py-2 dark:bg-zinc-900">
            <dt className="text-sm text-zinc-700 dark:text-zinc-300">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <p className={hint}>
        {status.failing > 0
          ? `Forwarding is failing: the tool keeps the statements and retries them. Last error: ${status.lastError ?? 'none recorded'}.`
          : status.queued > 0
            ? 'Statements are waiting to be sent.'
            : status.sent > 0
              ? `Every statement has been sent${when ? ` (last at ${when} UTC)` : ''}.`
              : 'No statements yet: they are sent when learners finish an activity.'}
        {status.failed > 0 && status.failing === 0 && status.lastError ? ` Set aside: ${status.lastError}` : ''}
      </p>
    </div>
  );
}

export function ClassSettings({
  settings,
  forwarding,
  onSave,
}: {
  settings: PublicSettings;
  forwarding: ForwardingStatus | null;
  onSave: (input: SettingsInput) => Promise<string | null>;
}) {
  const id = useId();
  const [stuck, setStuck] = useState<Record<keyof Stuck, string>>({
    minAttempts: String(settings.stuck.minAttempts),
    lowPercent: String(settings.stuck.lowPercent),
    staleDays: String(settings.stuck.staleDays),
  });
  const [forward, setForward] = useState(settings.lrs !== null);
  const [endpoint, setEndpoint] = useState(settings.lrs?.endpoint ?? '');
  const [key, setKey] = useState(settings.lrs?.key ?? '');
  const [secret, setSecret] = useState('');
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setMessage(null);
    const error = await onSave({
      stuck: { minAttempts: Number(stuck.minAttempts), lowPercent: Number(stuck.lowPercent), staleDays: Number(stuck.staleDays) },
      lrs: forward ? { endpoint, key, secret } : null,
    });
    setSaving(false);
    if (error) setMessage({ kind: 'error', text: error });
    else {
      setSecret('');
      setMessage({ kind: 'ok', text: 'Settings saved.' });
    }
  };

  return (
    <form className="grid gap-5" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`} className={heading}>
        Settings for this course
      </h3>
      <fieldset className="grid gap-3">
        <legend className="font-medium">When a learner looks stuck</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          {STUCK_FIELDS.map(({ key: name, hint: text }) => (
            <p key={name} className="grid content-start gap-1">
              <label htmlFor={`${id}-${name}`} className="font-medium">
                {STUCK_LIMITS[name].label}
              </label>
              <input
                id={`${id}-${name}`}
                className={field}
                type="number"
                inputMode="numeric"
                min={STUCK_LIMITS[name].min}
                max={STUCK_LIMITS[name].max}
                step={1}
                required
                value={stuck[name]}
                aria-describedby={`${id}-${name}-hint`}
                onChange={(event) => setStuck({ ...stuck, [name]: event.target.value })}
              />
              <span id={`${id}-${name}-hint`} className={hint}>
                {text} ({STUCK_LIMITS[name].min}–{STUCK_LIMITS[name].max})
              </span>
            </p>
          ))}
        </div>
      </fieldset>
      <fieldset className="grid gap-3">
        <legend className="font-medium">Forward xAPI statements to a Learning Record Store</legend>
        <p className={hint}>
          Each answered question and each result of this course&apos;s learners, as xAPI 1.0.3 statements, sent to your LRS with its key and secret. The secret
          is stored encrypted and never shown again.
        </p>
        <label className="flex items-center gap-2">
          <input type="checkbox" className="size-5" checked={forward} onChange={(event) => setForward(event.target.checked)} />
          <span>Forward statements to an LRS</span>
        </label>
        {forward && (
          <div className="grid gap-3">
            <p className="grid gap-1">
              <label htmlFor={`${id}-endpoint`} className="font-medium">
                Endpoint
              </label>
              <input
                id={`${id}-endpoint`}
                className={field}
                type="url"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                required
                value={endpoint}
                placeholder="https://lrs.example.edu/xapi/"
                aria-describedby={`${id}-endpoint-hint`}
                onChange={(event) => setEndpoint(event.target.value)}
              />
              <span id={`${id}-endpoint-hint`} className={hint}>
                The LRS&apos;s xAPI endpoint; statements go to its /statements.
              </span>
            </p>
            <div className="grid gap-3 sm:grid-cols-2">
              <p className="grid content-start gap-1">
                <label htmlFor={`${id}-key`} className="font-medium">
                  Key
                </label>
                <input
                  id={`${id}-key`}
                  className={field}
                  autoComplete="off"
                  spellCheck={false}
                  required
                  value={key}
                  onChange={(event) => setKey(event.target.value)}
                />
              </p>
              <p className="grid content-start gap-1">
                <label htmlFor={`${id}-secret`} className="font-medium">
                  Secret
                </label>
                <input
                  id={`${id}-secret`}
                  className={field}
                  type="password"
                  autoComplete="new-password"
                  value={secret}
                  aria-describedby={`${id}-secret-hint`}
                  onChange={(event) => setSecret(event.target.value)}
                />
                <span id={`${id}-secret-hint`} className={hint}>
                  {settings.lrs?.secretSet ? 'A secret is stored: leave this empty to keep it.' : 'The secret that goes with the key.'}
                </span>
              </p>
            </div>
          </div>
        )}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" size="sm" disabled={saving}>
          {saving ? 'Saving…' : 'Save settings'}
        </Button>
        <p role="status" className="text-sm">
          {message?.kind === 'ok' ? message.text : ''}
        </p>
      </div>
      {message?.kind === 'error' && (
        <p role="alert" className="text-sm font-medium text-red-800 dark:text-red-200">
          {message.text}
        </p>
      )}
      {forwarding && (
        <div className="grid gap-2">
          <h4 className="font-semibold text-zinc-950 dark:text-white">Forwarding to the LRS</h4>
          <ForwardingState status={forwarding} />
        </div>
      )}
    </form>
  );
}
