import { normalizeName } from "../../../ingest/normalize.ts";
import { builder } from "../../builder.ts";

builder.queryField("source", (t) =>
  t.prismaField({
    type: "Source",
    nullable: true,
    description: "One publication, by its name (WARTAWAN, any case) or its web domain (demak.wartawan.org).",
    args: { name: t.arg.string({ required: true, description: "The publication's name or its web domain." }) },
    resolve: (query, _root, args, context) => {
      const domain = args.name.trim().toLowerCase();
      return context.prisma.source.findFirst({
        ...query,
        where: {
          OR: [
            { normalizedName: normalizeName(args.name) },
            ...(domain ? [{ domain: { equals: domain, mode: "insensitive" as const } }] : []),
          ],
        },
        orderBy: { id: "asc" },
      });
    },
  }),
);
