/** One thing search can find: a lesson section, a glossary term, a checklist item, a chooser question. */
export type SearchDocument = {
  /** Unique across the index, e.g. "lesson:launch-types#capacity-providers". */
  id: string;
  /** The heading results are grouped under: the lesson's title, or "Glossary", "Security checklists", ... */
  group: string;
  title: string;
  /** Where the result goes: a page with the section's anchor. */
  url: string;
  text: string;
};
