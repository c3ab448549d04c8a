/**
 * Registers the course's service worker (service-worker/sw.ts) and drives its two visible parts, both
 * server-rendered and revealed here: the "available offline" marks ([data-offline-mark]) and the update prompt
 * ([data-update-prompt]). Plain DOM code, loaded once the page has finished loading (components/offline/OfflineSupport.tsx).
 */
import { SERVICE_WORKER_SCOPE, SERVICE_WORKER_URL, type WorkerMessage } from '@/lib/offline/worker-url';

function post(worker: ServiceWorker, message: WorkerMessage, port?: MessagePort) {
  worker.postMessage(message, port ? [port] : []);
}

/** Asks the active worker to save this page (it was loaded before the worker could see it); marks it when saved. */
function saveThisPage(worker: ServiceWorker | null) {
  if (!worker) return;
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<{ saved?: unknown }>) => {
    if (event.data?.saved !== true) return;
    for (const mark of document.querySelectorAll<HTMLElement>('[data-offline-mark]')) mark.hidden = false;
  };
  post(worker, { type: 'SAVE_PAGE', path: location.pathname }, channel.port2);
}

/** Shows "A new version is ready" with a Reload button; the new worker takes over only when the reader says so. */
function offerUpdate(worker: ServiceWorker, accept: () => void) {
  const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
  if (!prompt || prompt.querySelector('button')) return;
  const text = document.createElement('p');
  text.textContent = 'A new version of the course is ready.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload to update';
  button.className = prompt.dataset.buttonClass ?? '';
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = 'Updating…';
    accept();
    post(worker, { type: 'SKIP_WAITING' });
  });
  prompt.append(text, button);
  prompt.hidden = false;
}

export async function startOfflineSupport(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  let accepted = false;
  // Only a reader who accepted the prompt is reloaded; the first install taking control changes nothing on screen.
  container.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
  try {
    const registration = await container.register(SERVICE_WORKER_URL, { scope: SERVICE_WORKER_SCOPE });
    const offer = (worker: ServiceWorker) => offerUpdate(worker, () => (accepted = true));
    // A new worker may already be waiting, or already installing when this runs (the browser checks for an update
    // on every navigation, so its updatefound can fire before this listener exists): each is watched until it has
    // installed.
    const watch = (worker: ServiceWorker | null) => {
      if (!worker) return;
      const offerIfInstalled = () => {
        if (worker.state === 'installed' && container.controller) offer(worker);
      };
      offerIfInstalled();
      worker.addEventListener('statechange', offerIfInstalled);
    };
    watch(registration.waiting);
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    const ready = await container.ready;
    saveThisPage(ready.active);
  } catch {
    // No worker (private mode, blocked storage, an old browser): the site works online as before, without the marks.
  }
}
