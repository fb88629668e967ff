import { MAX_FILTER_LIST } from "../articleFilter.ts";
import { builder } from "../builder.ts";

export const ListMatchEnum = builder.enumType("ListMatch", {
  description: "How the entries of a list filter combine.",
  values: {
    ANY: { description: "The article meets at least one entry of each list." },
    ALL: { description: "The article meets every entry of each list." },
  },
});

export const ArticleOrderEnum = builder.enumType("ArticleOrder", {
  description: "The order of an article list.",
  values: {
    NEWEST: { description: "Newest first (the default without a search)." },
    OLDEST: { description: "Oldest first." },
    RELEVANCE: { description: "Best match of filter.search first (the default with a search; needs one)." },
  },
});

const byIdOrName = "its global ID or any written form of its name, any case";

export const ArticleFilterRef = builder.inputType("ArticleFilter", {
  description: `Narrows an article list; all given conditions must hold. Entity fields take ${byIdOrName} ("rutan blora"); a name that no entity has matches no article. Dates are days of Western Indonesian Time (UTC+7).`,
  fields: (t) => ({
    institution: t.id({ description: `Only articles that name this institution: ${byIdOrName}.` }),
    person: t.id({ description: `Only articles that name this person: ${byIdOrName}.` }),
    place: t.id({ description: `Only articles that name this place: ${byIdOrName}.` }),
    topic: t.string({ description: "Only articles about this topic (its name, any case)." }),
    institutions: t.idList({
      description: `Articles that name these institutions, combined as \`match\` says (at most ${MAX_FILTER_LIST}).`,
    }),
    people: t.idList({
      description: `Articles that name these people, combined as \`match\` says (at most ${MAX_FILTER_LIST}).`,
    }),
    places: t.idList({
      description: `Articles that name these places, combined as \`match\` says (at most ${MAX_FILTER_LIST}).`,
    }),
    topics: t.stringList({
      description: `Articles about these topics, combined as \`match\` says (at most ${MAX_FILTER_LIST}).`,
    }),
    match: t.field({
      type: ListMatchEnum,
      description: "How each list (institutions, people, places, topics) combines: ANY (the default) or ALL.",
    }),
    source: t.string({ description: "Only articles of this publication: its name (WARTAWAN) or web domain." }),
    author: t.string({ description: "Only articles with this author in the byline (any case)." }),
    search: t.string({
      description:
        'Full-text search in Indonesian (stemmed: "ketahanan" finds "tahan"); web-search syntax: "exact phrase", -excluded, or. Results are ranked by relevance unless orderBy says otherwise.',
    }),
    publishedAfter: t.field({ type: "DateTime", description: "Only articles published at or after this time." }),
    publishedBefore: t.field({ type: "DateTime", description: "Only articles published before this time." }),
    publishedFrom: t.field({ type: "Date", description: "Only articles published on or after this day." }),
    publishedUntil: t.field({ type: "Date", description: "Only articles published on or before this day." }),
  }),
});
