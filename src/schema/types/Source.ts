import { builder } from "../builder.ts";

builder.prismaObject("Source", {
  description: "The publication an article appeared in.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The publication's name, e.g. WARTAWAN." }),
    domain: t.exposeString("domain", { nullable: true, description: "Its web domain, e.g. demak.wartawan.org." }),
  }),
});

export const AuthorRef = builder.prismaObject("Author", {
  description: "A journalist named in an article's byline.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The author's name." }),
  }),
});
