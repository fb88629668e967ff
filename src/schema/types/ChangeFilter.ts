import { builder } from "../builder.ts";

export const ChangeFilterRef = builder.inputType("ChangeFilter", {
  description:
    "Which changes to receive: those concerning every entity given, directly (the person added, the institution of a position) or through the article they came in. Each entity is an ID or a name (any alias, any case).",
  fields: (t) => ({
    institution: t.string({ description: "An institution's ID or name." }),
    person: t.string({ description: "A person's ID or name." }),
    place: t.string({ description: "A place's ID or name." }),
    topic: t.string({ description: "A topic's name (any case)." }),
  }),
});
