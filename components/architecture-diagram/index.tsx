/**
 * The architecture diagram authors place in lessons. ./lazy.tsx loads this module with
 * next/dynamic, so its code (and, later and only near a diagram, mermaid) reaches only pages that use it.
 * The server component in ./server.tsx validates the data and passes it in as `diagram`.
 */
export { ArchitectureDiagram } from './ArchitectureDiagram';
