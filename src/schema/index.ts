import { builder } from "./builder.ts";
import "./types/enums.ts";
import "./types/Provenance.ts";
import "./types/Topic.ts";
import "./types/Source.ts";
import "./types/Article.ts";
import "./types/Person.ts";
import "./types/Position.ts";
import "./types/Institution.ts";
import "./types/Place.ts";
import "./types/Event.ts";
import "./types/Product.ts";
import "./types/Quote.ts";
import "./types/ArticleAdded.ts";
import "./mutations/ingestArticle.ts";

export const schema = builder.toSchema({ sortSchema: true });
