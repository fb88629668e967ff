import { builder } from "../builder.ts";

export const TopicRef = builder.prismaObject("Topic", {
  description: "A subject articles and events are about, such as ketahanan pangan (food security) or UMKM.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The topic as first written." }),
  }),
});
