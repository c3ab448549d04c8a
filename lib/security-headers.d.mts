// Types for security-headers.mjs (plain JavaScript so next.config.mjs can import it).
export type Header = { key: string; value: string };
export type FramingRule = { prefix: string; frameAncestors: string; xFrameOptions: string | null; formAction?: string; serverOnly?: boolean };

export function contentSecurityPolicy(frameAncestors: string, formAction?: string): string;
export const FRAMING_RULES: FramingRule[];
export function framingFor(path: string): { frameAncestors: string; xFrameOptions: string | null; formAction?: string };
export function headersFor(path: string): Header[];
export function securityHeaders(): { source: string; headers: Header[] }[];
export function embedFrameAncestors(setting?: string): string;
