import { builder } from "../../builder.ts";
import { whereIdOrAlias } from "../../lookup.ts";
import { PlaceKindEnum } from "../enums.ts";

builder.queryField("place", (t) =>
  t.prismaField({
    type: "Place",
    nullable: true,
    description:
      'One place, by ID or by any written form of its name ("Blora", "Kab. Blora", "Jateng"). A name several places share (the regency and the district of Blora) gives the larger one unless `kind` says which.',
    args: {
      id: t.arg.id({ description: "The place's global ID." }),
      name: t.arg.string({ description: "Any alias of the place, any case." }),
      kind: t.arg({ type: PlaceKindEnum, description: "Only a place of this kind." }),
    },
    resolve: (query, _root, args, context) =>
      context.prisma.place.findFirst({
        ...query,
        where: { ...whereIdOrAlias(args, "Place"), ...(args.kind ? { kind: args.kind } : {}) },
        // PlaceKind is declared from the country down: the larger place first
        orderBy: [{ kind: "asc" }, { id: "asc" }],
      }),
  }),
);
