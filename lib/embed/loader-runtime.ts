/**
 * The embed loader (bundled into public/embed.js by scripts/build-embed-loader.ts; a unit test checks the shipped
 * file is this bundle). Place `<div data-containers-on-aws="lessons/<slug>">…</div>` (or `widgets/<name>`) and the
 * script: it puts an iframe in each placeholder (replacing the fallback link inside it), keeps the frame as tall as
 * its content, and raises each message of the embed protocol on the placeholder as a DOM event
 * (`containers-on-aws:result`, with the payload as `detail`). A placeholder that already holds a frame of ours (the
 * oEmbed html) keeps it and has it sized, within its `data-max-height`. Every message is read with the protocol's own parser.
 */
import { MESSAGE_SOURCE, hostMessage, isEmbedTheme, parseEmbedMessage, type EmbedTheme, type HostMessage } from './protocol';
import { LOADER_PATH, PLACEHOLDER_ATTRIBUTE, adoptableFrame, frameHeight, loaderFrameUrl, runCommand, type LoaderApi } from './loader';

type Frame = { frame: HTMLIFrameElement; el: Element };

declare global {
  interface Window {
    ContainersOnAws?: LoaderApi | unknown[];
  }
}

function start() {
  const existing = window.ContainersOnAws;
  // A second copy of the script on the page: the first one's API is already there.
  if (existing && !Array.isArray(existing)) {
    existing.scan();
    return;
  }
  const script = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[src$="/embed.js"]');
  const origin = new URL(script ? script.src : '/', location.href).origin;
  const frames: Frame[] = [];
  // The theme the host asked for: sent again to each frame when it is ready, so a call made before the frames have
  // loaded (a queued one) is not lost.
  let theme: EmbedTheme | null = null;

  function build(el: Element) {
    if (el.hasAttribute('data-embed-frame')) return;
    el.setAttribute('data-embed-frame', '');
    // The oEmbed html: a plain frame of ours already in the placeholder is kept and only sized from here on.
    const present = el.querySelector('iframe');
    if (present && adoptableFrame(present.src, origin)) {
      frames.push({ frame: present, el });
      // It may have loaded (and said `ready`) before this script ran: ask for its height again.
      present.contentWindow?.postMessage(hostMessage('request-resize'), origin);
      return;
    }
    const path = el.getAttribute(PLACEHOLDER_ATTRIBUTE) || '';
    if (!LOADER_PATH.test(path)) {
      el.textContent = `Containers on AWS: "${path}" is not a lesson or widget that can be embedded.`;
      return;
    }
    const frame = document.createElement('iframe');
    frame.src = loaderFrameUrl(origin, path, (name) => el.getAttribute(name), location.origin);
    frame.title = el.getAttribute('data-title') || 'Containers on AWS';
    frame.loading = 'lazy';
    frame.setAttribute('allow', 'clipboard-write');
    frame.style.cssText = `border:0;display:block;width:100%;height:${parseInt(el.getAttribute('data-height') || '', 10) || 600}px`;
    // The fallback (a link, for pages where scripts are stripped) gives way to the frame.
    el.replaceChildren(frame);
    frames.push({ frame, el });
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const message = parseEmbedMessage(event.data);
    if (!message) return;
    for (const { frame, el } of frames) {
      if (frame.contentWindow !== event.source) continue;
      if (message.type === 'resize' || message.type === 'ready')
        frame.style.height = `${frameHeight(message.payload.height, el.getAttribute('data-max-height'))}px`;
      if (message.type === 'ready' && theme) frame.contentWindow?.postMessage(hostMessage('set-theme', { theme }), origin);
      // The host page listens here: el.addEventListener('containers-on-aws:result', (e) => e.detail.statement ...)
      el.dispatchEvent(new CustomEvent(`${MESSAGE_SOURCE}:${message.type}`, { detail: message.payload, bubbles: true }));
    }
  });

  function post(message: HostMessage) {
    for (const { frame } of frames) frame.contentWindow?.postMessage(message, origin);
  }

  function scan() {
    document.querySelectorAll(`[${PLACEHOLDER_ATTRIBUTE}]`).forEach(build);
  }

  const api: LoaderApi = {
    scan,
    setTheme(value: EmbedTheme) {
      if (!isEmbedTheme(value)) throw new Error(`setTheme: "${String(value)}" is not one of system, light, dark`);
      theme = value;
      post(hostMessage('set-theme', { theme: value }));
    },
    push(...commands: unknown[]) {
      for (const command of commands) {
        const outcome = runCommand(api, command);
        if (!outcome.ok) console.error(`Containers on AWS: ${outcome.error}`);
      }
      return 0;
    },
  };
  window.ContainersOnAws = api;
  scan();
  if (Array.isArray(existing)) api.push(...existing);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
}

start();
