/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** A field whose value conforms to the standard URL format as specified in RFC3986: https://www.ietf.org/rfc/rfc3986.txt. */
  URL: { input: string; output: string; }
};

/** An API key: who it is for and what it allows. The key itself is only shown once, by createApiKey. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The key's id, what revokeApiKey and `wartagraph apikey revoke` take. */
  id: Scalars['ID']['output'];
  /** Who or what the key is for; unique. */
  name: Scalars['String']['output'];
  /** When the key was revoked; null while it is valid. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key allows. */
  scopes: Array<ApiKeyScope>;
};

/** What an API key allows, besides reading, which needs no key. */
export type ApiKeyScope =
  /** Manage API keys (apiKeys, createApiKey, revokeApiKey). */
  | 'ADMIN'
  /** Edit the graph by hand (merges and corrections). */
  | 'CURATE'
  /** Write articles (ingestArticle). */
  | 'INGEST'
  /** Register and manage webhooks. */
  | 'WEBHOOKS';

/** A news article and everything read from it. Every fact links back here with its character span. */
export type Article = Node & {
  __typename?: 'Article';
  /** The byline, in order. */
  authors: Array<Author>;
  /** The article text without its masthead, byline and date lines; spans point into it. */
  body: Scalars['String']['output'];
  /** SHA-256 of the title and body with whitespace folded: the same text ingested twice is one article. */
  contentHash: Scalars['String']['output'];
  /** The place named in the dateline. */
  dateline?: Maybe<Place>;
  /** The events the article reports. */
  events: Array<Event>;
  /** The extractor that produced the facts ("curated" when hand-checked). */
  extractorVersion: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When the article first entered the graph. */
  ingestedAt: Scalars['DateTime']['output'];
  /** The institutions the article names. */
  institutions: Array<Institution>;
  /** What the article quotes people saying whom it names only by a label ("Er (40)"), in reading order. */
  labelledQuotes: Array<LabelledQuote>;
  /** ISO 639-1 language code (id for Indonesian). */
  language: Scalars['String']['output'];
  /** The opening paragraph. */
  lede?: Maybe<Scalars['String']['output']>;
  /** The people the article names. */
  people: Array<Person>;
  /** The places the article names, and the larger places they lie in (a regency's province), so that filtering or grouping articles by a province finds the articles that name only its towns. */
  places: Array<Place>;
  /** The positions the article reports someone holding, with the title as written. */
  positions: Array<PositionReport>;
  /** The products the article mentions. */
  products: Array<Product>;
  /** When the article was published, as its date line says. When the line gives only the day (publishedDatePrecision DAY), the time is midnight by convention: read publishedDate instead. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The day the article was published, as its own time zone has it (a WIB evening is that day). */
  publishedDate?: Maybe<Scalars['Date']['output']>;
  /** How much of the publication time the article gives: DAY (the date only) or MINUTE. */
  publishedDatePrecision?: Maybe<DatePrecision>;
  /** What the article quotes people saying, in reading order. */
  quotes: Array<Quote>;
  /** A URL-safe name of the article, unique in the graph. */
  slug: Scalars['String']['output'];
  /** The publication. */
  source?: Maybe<Source>;
  /** The headline as published. */
  title: Scalars['String']['output'];
  /** What the article is about, most certain first. */
  topics: Array<Topic>;
  /** When the article was last written. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where the article was published, when known. */
  url?: Maybe<Scalars['URL']['output']>;
};


/** A news article and everything read from it. Every fact links back here with its character span. */
export type ArticleEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article and everything read from it. Every fact links back here with its character span. */
export type ArticleInstitutionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article and everything read from it. Every fact links back here with its character span. */
export type ArticleLabelledQuotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article and everything read from it. Every fact links back here with its character span. */
export type ArticlePeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article and everything read from it. Every fact links back here with its character span. */
export type ArticlePlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article and everything read from it. Every fact links back here with its character span. */
export type ArticlePositionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article and everything read from it. Every fact links back here with its character span. */
export type ArticleProductsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A news article and everything read from it. Every fact links back here with its character span. */
export type ArticleQuotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A new article in the graph, with the cursor to resume the subscription after it. */
export type ArticleAdded = {
  __typename?: 'ArticleAdded';
  /** The article as stored now. */
  article: Article;
  /** Pass it as `after` when resubscribing to receive everything added since, and nothing twice. */
  cursor: Scalars['String']['output'];
};

/** Which new articles to receive; all given conditions must hold. */
export type ArticleAddedFilter = {
  /** Only articles that name this institution (its ID). */
  institution?: InputMaybe<Scalars['ID']['input']>;
  /** Only articles that name this person (its ID). */
  person?: InputMaybe<Scalars['ID']['input']>;
  /** Only articles about this topic (its name, any case). */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Counts of the articles a filter selects, by institution, person, place, topic, source and month: a page's sidebar and chart in one request. */
export type ArticleFacets = {
  __typename?: 'ArticleFacets';
  /** The institutions the articles name most, with how many articles name each. */
  institutions: Array<InstitutionFacet>;
  /** Articles per month, oldest first (the latest months when capped); undated articles are left out. */
  months: Array<MonthFacet>;
  /** The people the articles name most. */
  people: Array<PersonFacet>;
  /** The places the articles name most. */
  places: Array<PlaceFacet>;
  /** The publications with the most of the articles. */
  sources: Array<SourceFacet>;
  /** The topics most of the articles are about. */
  topics: Array<TopicFacet>;
  /** How many articles meet the filter. */
  total: Scalars['Int']['output'];
};

/** Narrows an article list; all given conditions must hold. Entity fields take its global ID or any written form of its name, any case ("rutan blora"); a name that no entity has matches no article. Dates are days of Western Indonesian Time (UTC+7). */
export type ArticleFilter = {
  /** Only articles with this author in the byline (any case). */
  author?: InputMaybe<Scalars['String']['input']>;
  /** Only articles that name this institution: its global ID or any written form of its name, any case. */
  institution?: InputMaybe<Scalars['ID']['input']>;
  /** Articles that name these institutions, combined as `match` says (at most 20). */
  institutions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** How each list (institutions, people, places, topics) combines: ANY (the default) or ALL. */
  match?: InputMaybe<ListMatch>;
  /** Articles that name these people, combined as `match` says (at most 20). */
  people?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only articles that name this person: its global ID or any written form of its name, any case. */
  person?: InputMaybe<Scalars['ID']['input']>;
  /** Only articles that name this place: its global ID or any written form of its name, any case. */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Articles that name these places, combined as `match` says (at most 20). */
  places?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only articles published at or after this time. */
  publishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only articles published before this time. */
  publishedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only articles published on or after this day. */
  publishedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only articles published on or before this day. */
  publishedUntil?: InputMaybe<Scalars['Date']['input']>;
  /** Full-text search in Indonesian (stemmed: "ketahanan" finds "tahan"); web-search syntax: "exact phrase", -excluded, or. Results are ranked by relevance unless orderBy says otherwise. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only articles of this publication: its name (WARTAWAN) or web domain. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Only articles about this topic (its name, any case). */
  topic?: InputMaybe<Scalars['String']['input']>;
  /** Articles about these topics, combined as `match` says (at most 20). */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The order of an article list. */
export type ArticleOrder =
  /** Newest first (the default without a search). */
  | 'NEWEST'
  /** Oldest first. */
  | 'OLDEST'
  /** Best match of filter.search first (the default with a search; needs one). */
  | 'RELEVANCE';

/** A journalist named in an article's byline. */
export type Author = {
  __typename?: 'Author';
  /** The author's name. */
  name: Scalars['String']['output'];
};

/** One change of the graph, in commit order. Its cursor is the place to resume from: `changes(after:)`, `graphChanged(after:)`. */
export type ChangeEvent = {
  __typename?: 'ChangeEvent';
  /** The article the change came in (added, updated, or that reported the person or position). */
  article?: Maybe<Article>;
  /** When the change was committed. */
  at: Scalars['DateTime']['output'];
  /** ARTICLE_UPDATED: what changed, among title, lede, body, url, publishedAt (with publishedDate and its precision), source, authors and facts (what the article reports: people, positions, quotes and labelled quotes, events and the groups taking part …). */
  changedFields: Array<Scalars['String']['output']>;
  /** Pass it as `after` to read or receive what changed since, and nothing twice. */
  cursor: Scalars['String']['output'];
  /** POSITION_REPORTED: the institution of the position. */
  institution?: Maybe<Institution>;
  /** What happened. */
  kind: ChangeKind;
  /** PERSON_ADDED: the new person; POSITION_REPORTED: who holds the position. */
  person?: Maybe<Person>;
  /** POSITION_REPORTED: the position. */
  position?: Maybe<Position>;
};

/** Which changes to receive: those concerning every entity given, directly (the person added, the institution of a position) or through the article they came in. Each entity is an ID or a name (any alias, any case). */
export type ChangeFilter = {
  /** An institution's ID or name. */
  institution?: InputMaybe<Scalars['String']['input']>;
  /** A person's ID or name. */
  person?: InputMaybe<Scalars['String']['input']>;
  /** A place's ID or name. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** A topic's name (any case). */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** What a change-feed event reports: a new article, an article written again with something changed, a person the graph did not know, the first report of a person holding a title at an institution, or two entities merged by curation. */
export type ChangeKind =
  | 'ARTICLE_ADDED'
  | 'ARTICLE_UPDATED'
  | 'ENTITY_MERGED'
  | 'PERSON_ADDED'
  | 'POSITION_REPORTED';

/** Another person named in the same articles, and in how many. */
export type CoAppearance = {
  __typename?: 'CoAppearance';
  /** The other person. */
  person: Person;
  /** How many articles name both. */
  sharedArticles: Scalars['Int']['output'];
};

/** An entity named in the same articles as another: how many articles (weight) and how significant that is (score). */
export type CoMention = {
  __typename?: 'CoMention';
  /** How many shared articles chance alone would give. */
  expected: Scalars['Float']['output'];
  /** The entity named together with this one. */
  node: CoMentionedEntity;
  /** How many articles name the other entity in all. */
  nodeArticles: Scalars['Int']['output'];
  /** Pointwise mutual information, ln(P(both) / (P(one)·P(other))): 0 when independent. */
  pmi: Scalars['Float']['output'];
  /** Log-likelihood ratio (G²) of naming both, over all articles; negative when they appear together less often than chance. Lists are ordered by it. */
  score: Scalars['Float']['output'];
  /** How many articles name both. */
  weight: Scalars['Int']['output'];
};

/** The kinds of entity co-occurrence is counted between. */
export type CoMentionKind =
  /** Institutions. */
  | 'INSTITUTION'
  /** People. */
  | 'PERSON'
  /** Places. */
  | 'PLACE'
  /** Topics. */
  | 'TOPIC';

/** A person, institution, place or topic that articles name together with another. */
export type CoMentionedEntity = Institution | Person | Place | Topic;

/** The article with its corrected publication date. */
export type CorrectPublishedDatePayload = {
  __typename?: 'CorrectPublishedDatePayload';
  /** The article. */
  article: Article;
};

/** A new API key: a unique name and what it allows. */
export type CreateApiKeyInput = {
  /** Who or what the key is for; must be new. */
  name: Scalars['String']['input'];
  /** What the key allows; an empty list makes a key that only reads. */
  scopes: Array<ApiKeyScope>;
};

/** The new key: send it as Authorization: Bearer <key>. It is stored only as a hash and shown only now. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The key's record. */
  apiKey: ApiKey;
  /** The key itself, shown this once. */
  key: Scalars['String']['output'];
};

/** What a curator did: merged two nodes, split a person, added or removed an alias, renamed, set a parent, rejected or confirmed a fact. */
export type CurationAction =
  | 'ADD_ALIAS'
  | 'CONFIRM_FACT'
  | 'CORRECT_PUBLISHED_DATE'
  | 'MERGE'
  | 'REJECT_FACT'
  | 'REMOVE_ALIAS'
  | 'RENAME'
  | 'SET_PARENT'
  | 'SPLIT';

/** One change made by hand: who, when, what, and the thing before and after. */
export type CurationLogEntry = {
  __typename?: 'CurationLogEntry';
  /** What was done. */
  action: CurationAction;
  /** The name of the API key that did it. */
  actor: Scalars['String']['output'];
  /** The node or fact after the change. */
  after: Scalars['JSON']['output'];
  /** When it was committed. */
  at: Scalars['DateTime']['output'];
  /** The node or fact before the change. */
  before: Scalars['JSON']['output'];
  /** The global ID of the node or fact changed (the kept node of a merge). */
  target: Scalars['ID']['output'];
};

/** The node as it is after the change. */
export type CurationNodePayload = {
  __typename?: 'CurationNodePayload';
  /** The changed node. */
  node: Node;
};

/** How much of a date the source text gives: DAY when it names only the day (no time), MINUTE when it gives the time too. */
export type DatePrecision =
  | 'DAY'
  | 'MINUTE';

/** Something that happened (an inspection, a visit, a launch, a ceremony): when, where, hosted by whom, with whom. */
export type Event = Node & {
  __typename?: 'Event';
  /** The articles that report the event. */
  articles: Array<Article>;
  /** The day it happened. */
  date?: Maybe<Scalars['Date']['output']>;
  /** Groups and institutions that took part, as each reporting article names them ("Kepala UPT se-Eks Karesidenan Pati", "Polres Blora"), with their role. */
  groupParticipants: Array<EventGroupParticipant>;
  /** The institution that hosted it. */
  host?: Maybe<Institution>;
  id: Scalars['ID']['output'];
  /** INSPECTION, VISIT, LAUNCH, CEREMONY, MEETING … */
  kind: Scalars['String']['output'];
  /** What happened, as a short phrase. */
  name: Scalars['String']['output'];
  /** Who took part and in what role (lead, accompanying …). */
  participants: Array<EventParticipant>;
  /** Where it happened. */
  place?: Maybe<Place>;
  /** Products shown at the event. */
  products: Array<Product>;
  /** What the event was about. */
  topics: Array<Topic>;
};


/** Something that happened (an inspection, a visit, a launch, a ceremony): when, where, hosted by whom, with whom. */
export type EventArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened (an inspection, a visit, a launch, a ceremony): when, where, hosted by whom, with whom. */
export type EventGroupParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened (an inspection, a visit, a launch, a ceremony): when, where, hosted by whom, with whom. */
export type EventParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened (an inspection, a visit, a launch, a ceremony): when, where, hosted by whom, with whom. */
export type EventProductsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Narrows the events list; all given conditions must hold. Entities take its global ID or any written form of its name, any case. */
export type EventFilter = {
  /** Only events on or after this day. */
  after?: InputMaybe<Scalars['Date']['input']>;
  /** Only events before this day. */
  before?: InputMaybe<Scalars['Date']['input']>;
  /** Only events this institution hosted: its global ID or any written form of its name, any case. */
  institution?: InputMaybe<Scalars['ID']['input']>;
  /** Only events this person took part in: its global ID or any written form of its name, any case. */
  person?: InputMaybe<Scalars['ID']['input']>;
  /** Only events that took place here: its global ID or any written form of its name, any case. */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the event's name, any case. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only events about this topic (its name, any case). */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** A group or an institution taking part in an event, as one article names it ("Kepala UPT Pemasyarakatan se-Eks Karesidenan Pati", "Polres Blora"). */
export type EventGroupParticipant = {
  __typename?: 'EventGroupParticipant';
  /** The article that reports it. */
  article: Article;
  /** The event it took part in. */
  event: Event;
  /** The ID to reject or confirm this group's participation with (rejectFact, confirmFact). */
  factId: Scalars['ID']['output'];
  /** The institution the group is, or is the staff of ("jajaran Polres Blora"), when the article names one. */
  institution?: Maybe<Institution>;
  /** The group as the article names it. */
  label: Scalars['String']['output'];
  /** Where the article says so. */
  provenance: Provenance;
  /** In what role (ACCOMPANYING, PARTICIPANT …). */
  role: EventRole;
};

/** A person's part in an event. */
export type EventParticipant = {
  __typename?: 'EventParticipant';
  /** The ID to reject or confirm this participation with (rejectFact, confirmFact). */
  factId: Scalars['ID']['output'];
  /** Who took part. */
  person: Person;
  /** Where an article says so. */
  provenance: Provenance;
  /** In what role. */
  role: EventRole;
};

/** The part a person played in an event: who led it, hosted it, accompanied the lead, took part or spoke. */
export type EventRole =
  | 'ACCOMPANYING'
  | 'HOST'
  | 'LEAD'
  | 'PARTICIPANT'
  | 'SPEAKER';

/** A curator's decision on an extracted fact, kept by what the fact says (kind, article, who, of what), so re-extraction and later ingests of the article respect it. */
export type FactDecision = {
  __typename?: 'FactDecision';
  /** The article that reports the fact. */
  article?: Maybe<Article>;
  /** When it was taken. */
  at: Scalars['DateTime']['output'];
  /** The fact as it was when decided. */
  content: Scalars['JSON']['output'];
  /** The ID of the fact the decision was taken on. */
  fact: Scalars['ID']['output'];
  /** POSITION_REPORT, QUOTE, LABELLED_QUOTE, EVENT_PARTICIPATION, GROUP_PARTICIPATION or PRODUCT_MENTION. */
  kind: Scalars['String']['output'];
  /** The decision. */
  status: FactDecisionStatus;
};

/** The decision now in force for the fact. */
export type FactDecisionPayload = {
  __typename?: 'FactDecisionPayload';
  /** The decision. */
  decision: FactDecision;
};

/** REJECTED: the fact is removed and not written again; CONFIRMED: checked by hand and kept. */
export type FactDecisionStatus =
  | 'CONFIRMED'
  | 'REJECTED';

/** A weighted relation between two nodes, with the articles that report it. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** The newest articles that report the relation (none for a structural relation such as PART_OF). */
  evidence: Array<Article>;
  /** One end (the subject of the relation; along a path, the end nearer the start). */
  from: Node;
  /** How the two are related. */
  relation: Relation;
  /** The other end. */
  to: Node;
  /** How strongly: the number of articles that report the relation (1 for structural relations). */
  weight: Scalars['Int']['output'];
};


/** A weighted relation between two nodes, with the articles that report it. */
export type GraphEdgeEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The kinds of node a graph walk visits. */
export type GraphNodeKind =
  /** Events. */
  | 'EVENT'
  /** Institutions. */
  | 'INSTITUTION'
  /** People. */
  | 'PERSON'
  /** Places. */
  | 'PLACE'
  /** Products. */
  | 'PRODUCT';

/** An article as plain text, the way a newsroom pastes it: masthead, title, byline, date line, body. */
export type IngestArticleInput = {
  /** The publication, when the text does not name it. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The article text (at most 1000000 characters). */
  text: Scalars['String']['input'];
  /** Where it was published; the same url again updates the article. */
  url?: InputMaybe<Scalars['URL']['input']>;
};

/** The article as stored, and whether it is new. */
export type IngestArticlePayload = {
  __typename?: 'IngestArticlePayload';
  /** The article as stored now. */
  article: Article;
  /** false when the same url or text was already in the graph. */
  created: Scalars['Boolean']['output'];
};

/** An organisation (a Rutan, a Kanwil, Ditjenpas, a local government …), resolved to one node across all articles; every written form of its name is an alias. */
export type Institution = Node & {
  __typename?: 'Institution';
  /** Every written form of the name (abbreviated, with or without class), the name itself included. */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that name the institution, newest first. */
  articles: InstitutionArticlesConnection;
  /** The institutions that belong to it. */
  children: Array<Institution>;
  /** The events the institution (or a group of its staff) took part in without hosting them, one entry per reporting article, the event recorded last first. */
  eventParticipations: Array<EventGroupParticipant>;
  /** Events the institution hosted, newest first. */
  events: Array<Event>;
  id: Scalars['ID']['output'];
  /** The canonical name, e.g. Rutan Kelas IIB Blora. */
  name: Scalars['String']['output'];
  /** The institution it belongs to: a Rutan to its Kanwil, a Kanwil to its Ditjen. */
  parent?: Maybe<Institution>;
  /** People reported holding a position here. */
  people: Array<Person>;
  /** Where it is. */
  place?: Maybe<Place>;
  /** Everyone reported holding a post here, in the order they were first reported. */
  positionHistory: Array<PositionHolder>;
  /** Who holds the posts here, latest first; with `at`, who held them on a day. Each with the first and last report. */
  positionHolders: Array<PositionHolder>;
  /** The positions held here, with who holds them. */
  positions: Array<Position>;
  /** Products made here (by inmates, for UMKM). */
  products: Array<Product>;
  /** Institutions named in the same articles as this one, most significant first: an institution named everywhere ranks by how much more than chance it goes with this one. */
  relatedInstitutions: Array<CoMention>;
  /** The usual short form, e.g. Rutan Blora. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** What kind of institution it is. */
  type: InstitutionType;
};


/** An organisation (a Rutan, a Kanwil, Ditjenpas, a local government …), resolved to one node across all articles; every written form of its name is an alias. */
export type InstitutionArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation (a Rutan, a Kanwil, Ditjenpas, a local government …), resolved to one node across all articles; every written form of its name is an alias. */
export type InstitutionChildrenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation (a Rutan, a Kanwil, Ditjenpas, a local government …), resolved to one node across all articles; every written form of its name is an alias. */
export type InstitutionEventParticipationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation (a Rutan, a Kanwil, Ditjenpas, a local government …), resolved to one node across all articles; every written form of its name is an alias. */
export type InstitutionEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation (a Rutan, a Kanwil, Ditjenpas, a local government …), resolved to one node across all articles; every written form of its name is an alias. */
export type InstitutionPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation (a Rutan, a Kanwil, Ditjenpas, a local government …), resolved to one node across all articles; every written form of its name is an alias. */
export type InstitutionPositionHistoryArgs = {
  title?: InputMaybe<Scalars['String']['input']>;
};


/** An organisation (a Rutan, a Kanwil, Ditjenpas, a local government …), resolved to one node across all articles; every written form of its name is an alias. */
export type InstitutionPositionHoldersArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


/** An organisation (a Rutan, a Kanwil, Ditjenpas, a local government …), resolved to one node across all articles; every written form of its name is an alias. */
export type InstitutionPositionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation (a Rutan, a Kanwil, Ditjenpas, a local government …), resolved to one node across all articles; every written form of its name is an alias. */
export type InstitutionProductsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation (a Rutan, a Kanwil, Ditjenpas, a local government …), resolved to one node across all articles; every written form of its name is an alias. */
export type InstitutionRelatedInstitutionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InstitutionArticlesConnection = {
  __typename?: 'InstitutionArticlesConnection';
  edges: Array<InstitutionArticlesConnectionEdge>;
  pageInfo: PageInfo;
  /** How many articles name the institution, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type InstitutionArticlesConnectionEdge = {
  __typename?: 'InstitutionArticlesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

/** How many of the filtered articles name the institution. */
export type InstitutionFacet = {
  __typename?: 'InstitutionFacet';
  /** How many articles. */
  count: Scalars['Int']['output'];
  /** The counted node. */
  node: Institution;
};

/** What kind of organisation an institution is: a corrections unit (RUTAN detention centre, LAPAS prison, BAPAS probation office, LPKA juvenile facility), the regional office (KANWIL) or directorate general (DITJEN) above them, a ministry, a local government, police, military … */
export type InstitutionType =
  | 'BAPAS'
  | 'COMMUNITY'
  | 'COMPANY'
  | 'COURT'
  | 'DITJEN'
  | 'HEALTH'
  | 'KANWIL'
  | 'LAPAS'
  | 'LOCAL_GOVERNMENT'
  | 'LPKA'
  | 'MILITARY'
  | 'MINISTRY'
  | 'OTHER'
  | 'POLICE'
  | 'PROSECUTOR'
  | 'RUTAN'
  | 'SCHOOL';

/** Words an article quotes someone saying whom it names only by a label ("Er (40)", "salah seorang warga"): kept with the label, as there is no person to tie them to. */
export type LabelledQuote = {
  __typename?: 'LabelledQuote';
  /** The article that quotes it. */
  article: Article;
  /** The ID to reject or confirm this quote with (rejectFact, confirmFact). */
  factId: Scalars['ID']['output'];
  /** Where in the article the quote stands. */
  provenance: Provenance;
  /** Who said it, as the article names them. */
  speakerLabel: Scalars['String']['output'];
  /** The quoted words. */
  text: Scalars['String']['output'];
};

/** How the entries of a list filter combine. */
export type ListMatch =
  /** The article meets every entry of each list. */
  | 'ALL'
  /** The article meets at least one entry of each list. */
  | 'ANY';

/** The node that remains; the merged node's ID now resolves to it. */
export type MergeEntitiesPayload = {
  __typename?: 'MergeEntitiesPayload';
  /** The kept node. */
  kept: Node;
  /** The merged node's ID (it redirects to the kept node). */
  mergedId: Scalars['ID']['output'];
};

/** How many of the filtered articles were published in a month (Western Indonesian Time). */
export type MonthFacet = {
  __typename?: 'MonthFacet';
  /** How many articles. */
  count: Scalars['Int']['output'];
  /** The month, as YYYY-MM. */
  month: Scalars['String']['output'];
};

/** Write to the content graph. Needs an API key with the matching scope. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a written form to a person, institution or place. Needs the curate scope. */
  addAlias: CurationNodePayload;
  /** Confirms an extracted fact; a fact rejected before is written back as it was. Needs the curate scope. */
  confirmFact: FactDecisionPayload;
  /** Corrects the day an article was published, and with precision MINUTE its time: `date` is 2026-03-05 (DAY) or 2026-03-05T09:30 with an optional offset such as +08:00 (MINUTE; without one, WIB). The article moves to that place in every list of articles, and keeps the date when its text is ingested or re-extracted again (only a curated draft replaces it). Records ARTICLE_UPDATED (publishedAt) in the change feed. Needs the curate scope. */
  correctPublishedDate: CorrectPublishedDatePayload;
  /** Creates an API key and returns it once. Needs an API key with the admin scope. */
  createApiKey: CreateApiKeyPayload;
  /** Deletes a webhook and its delivery records; nothing more is sent to it. Returns its id. Needs an API key with the webhooks scope. */
  deleteWebhook: Scalars['ID']['output'];
  /** Reads an article into the graph: extracts its people, positions, institutions, places, events, quotes and products and links them to existing nodes. All or nothing; the same text or url again updates instead of duplicating. Needs an API key with the ingest scope. */
  ingestArticle: IngestArticlePayload;
  /** Merges two people, institutions or places that are one: everything `merge` has (aliases, mentions, positions and their reports, quotes, events, products, children) moves to `keep`, duplicates become one, and `merge`'s ID resolves to `keep` from now on. Records ENTITY_MERGED in the change feed. Needs the curate scope. */
  mergeEntities: MergeEntitiesPayload;
  /** Tries a dead-lettered delivery again (out of feed order: the webhook has moved past it), with the usual retries. Needs an API key with the webhooks scope. */
  redeliver: WebhookDelivery;
  /** Registers a webhook: every change of the kinds and about the entities asked for is POSTed to the URL as JSON `{ type, timestamp, data }`, signed (webhook-id = the event's cursor, webhook-timestamp, webhook-signature), in feed order, at least once, retried with back-off and dead-lettered after a bounded number of tries. Needs an API key with the webhooks scope. */
  registerWebhook: RegisterWebhookPayload;
  /** Rejects an extracted fact (a PositionReport.factId, a Quote.id, an EventParticipant.factId): it is removed, and re-extraction or a later ingest of its article does not write it again. Needs the curate scope. */
  rejectFact: FactDecisionPayload;
  /** Takes a wrong written form away from a node; later ingests do not add it back to that node. Needs the curate scope. */
  removeAlias: CurationNodePayload;
  /** Renames a person, institution or place; the old name stays an alias. Needs the curate scope. */
  renameEntity: CurationNodePayload;
  /** Revokes one API key by its id; requests with it fail from now on. Revoking a revoked key changes nothing. Needs an API key with the admin scope. */
  revokeApiKey: ApiKey;
  /** Sets the parent of an institution or place (null clears it); a change that makes a cycle is refused. Needs the curate scope. */
  setParent: CurationNodePayload;
  /** Two people with one name: what the given articles report of the person (mentions, positions, quotes, participation) moves to a new person. Needs the curate scope. */
  splitPerson: SplitPersonPayload;
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationAddAliasArgs = {
  alias: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationConfirmFactArgs = {
  id: Scalars['ID']['input'];
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationCorrectPublishedDateArgs = {
  date: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  precision: DatePrecision;
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationRedeliverArgs = {
  id: Scalars['ID']['input'];
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationRegisterWebhookArgs = {
  input: RegisterWebhookInput;
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationRejectFactArgs = {
  id: Scalars['ID']['input'];
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationRemoveAliasArgs = {
  alias: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationRenameEntityArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationSetParentArgs = {
  id: Scalars['ID']['input'];
  parent?: InputMaybe<Scalars['ID']['input']>;
};


/** Write to the content graph. Needs an API key with the matching scope. */
export type MutationSplitPersonArgs = {
  articles: Array<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The subgraph around a node: the nodes it reaches and the weighted edges between them. */
export type Neighborhood = {
  __typename?: 'Neighborhood';
  /** The edges between the nodes, heaviest first within each step. */
  edges: Array<GraphEdge>;
  /** The nodes reached, the root first, then by the step that reached them. */
  nodes: Array<Node>;
};

export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A chain of relations from one node to another, each hop with its evidence. */
export type Path = {
  __typename?: 'Path';
  /** The hops in order: each runs from the node nearer the start to the next. */
  hops: Array<GraphEdge>;
  /** How many hops. */
  length: Scalars['Int']['output'];
};

/** A named person, resolved to one node across all articles; every written form of the name is an alias. */
export type Person = Node & {
  __typename?: 'Person';
  /** Every written form of the name, the name itself included. */
  aliases: Array<Scalars['String']['output']>;
  /** Who appears in the same articles as this person, most shared articles first. */
  appearsWith: Array<CoAppearance>;
  /** Articles that name the person, newest first. */
  articles: PersonArticlesConnection;
  /** People, institutions, places and topics named in the same articles as this person, most significant first (not merely most frequent). */
  coMentioned: Array<CoMention>;
  /** Events the person took part in, in any role. */
  events: Array<Event>;
  id: Scalars['ID']['output'];
  /** The name as first written, without honorifics or degrees. */
  name: Scalars['String']['output'];
  /** The roles the person is reported holding, with the institution. */
  positions: Array<Position>;
  /** What the person was quoted saying, newest first. */
  quotes: Array<Quote>;
  /** The person's positions (at their first report), events and quotes in date order, oldest first, each with its article. */
  timeline: PersonTimelineConnection;
};


/** A named person, resolved to one node across all articles; every written form of the name is an alias. */
export type PersonAppearsWithArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person, resolved to one node across all articles; every written form of the name is an alias. */
export type PersonArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person, resolved to one node across all articles; every written form of the name is an alias. */
export type PersonCoMentionedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<CoMentionKind>>;
};


/** A named person, resolved to one node across all articles; every written form of the name is an alias. */
export type PersonEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person, resolved to one node across all articles; every written form of the name is an alias. */
export type PersonPositionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person, resolved to one node across all articles; every written form of the name is an alias. */
export type PersonQuotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person, resolved to one node across all articles; every written form of the name is an alias. */
export type PersonTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonArticlesConnection = {
  __typename?: 'PersonArticlesConnection';
  edges: Array<PersonArticlesConnectionEdge>;
  pageInfo: PageInfo;
  /** How many articles name the person, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PersonArticlesConnectionEdge = {
  __typename?: 'PersonArticlesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

/** How many of the filtered articles name the person. */
export type PersonFacet = {
  __typename?: 'PersonFacet';
  /** How many articles. */
  count: Scalars['Int']['output'];
  /** The counted node. */
  node: Person;
};

export type PersonTimelineConnection = {
  __typename?: 'PersonTimelineConnection';
  edges: Array<PersonTimelineConnectionEdge>;
  pageInfo: PageInfo;
};

export type PersonTimelineConnectionEdge = {
  __typename?: 'PersonTimelineConnectionEdge';
  cursor: Scalars['String']['output'];
  node: TimelineEntry;
};

/** A place in Indonesia: a province, regency, city, district, or a former residency such as Eks Karesidenan Pati. */
export type Place = Node & {
  __typename?: 'Place';
  /** Every written form of the name (Blora, Kab. Blora, Jateng …). */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that name the place, newest first. */
  articles: PlaceArticlesConnection;
  /** The places that lie in it. */
  children: Array<Place>;
  /** The Kemendagri area code, e.g. 33.16. */
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Institutions located here. */
  institutions: Array<Institution>;
  /** The administrative level. */
  kind: PlaceKind;
  /** The official name, e.g. Kabupaten Blora. */
  name: Scalars['String']['output'];
  /** The place it lies in: a regency's province. */
  parent?: Maybe<Place>;
};


/** A place in Indonesia: a province, regency, city, district, or a former residency such as Eks Karesidenan Pati. */
export type PlaceArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A place in Indonesia: a province, regency, city, district, or a former residency such as Eks Karesidenan Pati. */
export type PlaceChildrenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place in Indonesia: a province, regency, city, district, or a former residency such as Eks Karesidenan Pati. */
export type PlaceInstitutionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PlaceArticlesConnection = {
  __typename?: 'PlaceArticlesConnection';
  edges: Array<PlaceArticlesConnectionEdge>;
  pageInfo: PageInfo;
  /** How many articles name the place, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PlaceArticlesConnectionEdge = {
  __typename?: 'PlaceArticlesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

/** How many of the filtered articles name the place. */
export type PlaceFacet = {
  __typename?: 'PlaceFacet';
  /** How many articles. */
  count: Scalars['Int']['output'];
  /** The counted node. */
  node: Place;
};

/** The administrative level of a place; FORMER_RESIDENCY is a historical region such as Eks Karesidenan Pati. */
export type PlaceKind =
  | 'CITY'
  | 'COUNTRY'
  | 'DISTRICT'
  | 'FORMER_RESIDENCY'
  | 'OTHER'
  | 'PROVINCE'
  | 'REGENCY'
  | 'VILLAGE';

/** A person holding a role at an institution ("Kepala Rutan" at Rutan Demak), as articles report it. */
export type Position = Node & {
  __typename?: 'Position';
  /** The date of the earliest article that reports the position. */
  firstReportedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Where, when the article says. */
  institution?: Maybe<Institution>;
  /** The date of the latest article that reports the position: how current it is. */
  lastReportedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who holds the position. */
  person: Person;
  /** How many articles report the position. */
  reportCount: Scalars['Int']['output'];
  /** Every article that reported the position, oldest first: when it was reported and where in the text. */
  reports: Array<PositionReport>;
  /** The role in canonical form, e.g. Kepala Rutan. */
  role: Scalars['String']['output'];
  /** The title as most recently written, e.g. Kepala Rutan Demak. */
  title: Scalars['String']['output'];
};


/** A person holding a role at an institution ("Kepala Rutan" at Rutan Demak), as articles report it. */
export type PositionReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Someone reported holding a post at an institution, with when articles first and last reported it. */
export type PositionHolder = {
  __typename?: 'PositionHolder';
  /** The date of the earliest article that reports it. */
  firstReportedAt: Scalars['DateTime']['output'];
  /** The date of the latest article that reports it. */
  lastReportedAt: Scalars['DateTime']['output'];
  /** Who held the post. */
  person: Person;
  /** The role in canonical form, e.g. Kepala Rutan. */
  role: Scalars['String']['output'];
  /** The title as most recently written. */
  title: Scalars['String']['output'];
};

/** One article's report of a position. */
export type PositionReport = {
  __typename?: 'PositionReport';
  /** The article. */
  article: Article;
  /** The ID to reject or confirm this report with (rejectFact, confirmFact). */
  factId: Scalars['ID']['output'];
  /** The position reported. */
  position: Position;
  /** Where the article says so. */
  provenance: Provenance;
  /** The article's date. */
  reportedAt: Scalars['DateTime']['output'];
  /** The title as this article wrote it. */
  title: Scalars['String']['output'];
};

/** Something inmates make and show (UMKM): handicrafts, processed food, creative products. */
export type Product = Node & {
  __typename?: 'Product';
  /** Articles that mention the product. */
  articles: Array<Article>;
  /** Its category. */
  category: ProductCategory;
  id: Scalars['ID']['output'];
  /** What the product is. */
  name: Scalars['String']['output'];
  /** The institution whose inmates make it. */
  producer?: Maybe<Institution>;
  /** The event where it was shown. */
  shownAt?: Maybe<Event>;
};


/** Something inmates make and show (UMKM): handicrafts, processed food, creative products. */
export type ProductArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The kind of product inmates make (UMKM): handicrafts, processed food, farm produce, clothing, creative works. */
export type ProductCategory =
  | 'AGRICULTURE'
  | 'CREATIVE'
  | 'FASHION'
  | 'HANDICRAFT'
  | 'OTHER'
  | 'PROCESSED_FOOD';

/** Narrows the products list; all given conditions must hold. */
export type ProductFilter = {
  /** Only products of this category. */
  category?: InputMaybe<ProductCategory>;
  /** Only products made at this institution: its global ID or any written form of its name. */
  institution?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the product's name, any case. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Where a fact was read: the article, the character span [start, end) of its title or body, the extractor's confidence and which extractor it was ("curated" for hand-checked facts). */
export type Provenance = {
  __typename?: 'Provenance';
  /** The database id of the article (use Article.id for its global id). */
  articleId: Scalars['ID']['output'];
  /** How sure the extractor was, from 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** Offset just past the last character. */
  end: Scalars['Int']['output'];
  /** The extractor version that read the fact. */
  extractor: Scalars['String']['output'];
  /** Which text of the article the span points into. */
  field: SpanField;
  /** Offset of the first character (UTF-16 code units). */
  start: Scalars['Int']['output'];
};

/** Read the content graph: articles and the people, institutions and places they report. */
export type Query = {
  __typename?: 'Query';
  /** Every API key, valid and revoked, oldest first. Needs an API key with the admin scope. */
  apiKeys: Array<ApiKey>;
  /** One article, by its ID, its slug or its URL (give exactly one). */
  article?: Maybe<Article>;
  /** Counts of the articles that meet a filter, by institution, person, place, topic, source and month; each list holds the `first` most frequent (default 10, at most 50). */
  articleFacets: ArticleFacets;
  /** Articles, newest first, or by relevance when searching; orderBy chooses. */
  articles: QueryArticlesConnection;
  /** The change feed, oldest first, for pollers: store the last `endCursor` and ask again with it as `after`. `last` (with `before`) reads backwards from the end (from that cursor): the latest changes, still oldest first within the page. A cursor beyond the end of the feed is BAD_USER_INPUT. */
  changes: QueryChangesConnection;
  /** Every change made by curation, newest first. Needs an API key with the curate or admin scope. */
  curationLog: QueryCurationLogConnection;
  /** One event by its global ID; null when there is no such event. */
  event?: Maybe<Event>;
  /** Events, newest first (undated ones last), optionally filtered. */
  events: QueryEventsConnection;
  /** One institution, by ID or by any written form of its name: "rutan blora", "Rutan Kelas IIB Blora" and "Rumah Tahanan Negara Kelas IIB Blora" find the same node. */
  institution?: Maybe<Institution>;
  /** Institutions in alphabetical order, optionally of one type or with an alias containing the search text. */
  institutions: QueryInstitutionsConnection;
  /** The subgraph around a person, institution, place, event or product: who and what it is related to, up to depth 3, each edge with the articles behind it. An unknown ID gives an empty neighborhood. */
  neighbors: Neighborhood;
  /** Fetches any node by its global ID. */
  node?: Maybe<Node>;
  /** The shortest connections between two nodes (people, institutions, places, events, products), shortest first, at most 4 hops; empty when there is none. */
  path: Array<Path>;
  /** People in alphabetical order, optionally those with an alias containing the search text. */
  people: QueryPeopleConnection;
  /** One person, by ID or by any written form of the name (case, spacing and punctuation ignored). */
  person?: Maybe<Person>;
  /** One place, by ID or by any written form of its name ("Blora", "Kab. Blora", "Jateng"). A name several places share (the regency and the district of Blora) gives the larger one unless `kind` says which. */
  place?: Maybe<Place>;
  /** Places the articles name, optionally of one kind or with an alias containing the search text. */
  places: QueryPlacesConnection;
  /** Products inmates make (UMKM), in alphabetical order, optionally filtered. */
  products: QueryProductsConnection;
  /** What people were quoted saying, newest article first, optionally filtered. */
  quotes: QueryQuotesConnection;
  /** One publication, by its name (WARTAWAN, any case) or its web domain (demak.wartawan.org). */
  source?: Maybe<Source>;
  /** Topics in alphabetical order, optionally those whose name contains the search text. */
  topics: QueryTopicsConnection;
  /** A webhook's deliveries in feed order, optionally only those of one status (DEAD_LETTERED: what failed for good). Needs an API key with the webhooks scope. */
  webhookDeliveries: QueryWebhookDeliveriesConnection;
  /** Every registered webhook, oldest first. Needs an API key with the webhooks scope. */
  webhooks: QueryWebhooksConnection;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryArticleArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['URL']['input']>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryArticleFacetsArgs = {
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ArticleOrder>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ChangeKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryCurationLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryInstitutionArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<InstitutionType>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryNeighborsArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<GraphNodeKind>>;
  minWeight?: InputMaybe<Scalars['Int']['input']>;
  relations?: InputMaybe<Array<Relation>>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryPathArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relations?: InputMaybe<Array<Relation>>;
  to: Scalars['ID']['input'];
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryPersonArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryPlaceArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<PlaceKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<PlaceKind>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QuerySourceArgs = {
  name: Scalars['String']['input'];
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  webhook: Scalars['ID']['input'];
};


/** Read the content graph: articles and the people, institutions and places they report. */
export type QueryWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryArticlesConnection = {
  __typename?: 'QueryArticlesConnection';
  edges: Array<QueryArticlesConnectionEdge>;
  pageInfo: PageInfo;
  /** How many articles meet the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type QueryArticlesConnectionEdge = {
  __typename?: 'QueryArticlesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type QueryChangesConnection = {
  __typename?: 'QueryChangesConnection';
  edges: Array<QueryChangesConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryChangesConnectionEdge = {
  __typename?: 'QueryChangesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ChangeEvent;
};

export type QueryCurationLogConnection = {
  __typename?: 'QueryCurationLogConnection';
  edges: Array<QueryCurationLogConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryCurationLogConnectionEdge = {
  __typename?: 'QueryCurationLogConnectionEdge';
  cursor: Scalars['String']['output'];
  node: CurationLogEntry;
};

export type QueryEventsConnection = {
  __typename?: 'QueryEventsConnection';
  edges: Array<QueryEventsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryEventsConnectionEdge = {
  __typename?: 'QueryEventsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type QueryInstitutionsConnection = {
  __typename?: 'QueryInstitutionsConnection';
  edges: Array<QueryInstitutionsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryInstitutionsConnectionEdge = {
  __typename?: 'QueryInstitutionsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Institution;
};

export type QueryPeopleConnection = {
  __typename?: 'QueryPeopleConnection';
  edges: Array<QueryPeopleConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryPeopleConnectionEdge = {
  __typename?: 'QueryPeopleConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type QueryPlacesConnection = {
  __typename?: 'QueryPlacesConnection';
  edges: Array<QueryPlacesConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryPlacesConnectionEdge = {
  __typename?: 'QueryPlacesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Place;
};

export type QueryProductsConnection = {
  __typename?: 'QueryProductsConnection';
  edges: Array<QueryProductsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryProductsConnectionEdge = {
  __typename?: 'QueryProductsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type QueryQuotesConnection = {
  __typename?: 'QueryQuotesConnection';
  edges: Array<QueryQuotesConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryQuotesConnectionEdge = {
  __typename?: 'QueryQuotesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Quote;
};

export type QueryTopicsConnection = {
  __typename?: 'QueryTopicsConnection';
  edges: Array<QueryTopicsConnectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QueryTopicsConnectionEdge = {
  __typename?: 'QueryTopicsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Topic;
};

export type QueryWebhookDeliveriesConnection = {
  __typename?: 'QueryWebhookDeliveriesConnection';
  edges: Array<QueryWebhookDeliveriesConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryWebhookDeliveriesConnectionEdge = {
  __typename?: 'QueryWebhookDeliveriesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type QueryWebhooksConnection = {
  __typename?: 'QueryWebhooksConnection';
  edges: Array<QueryWebhooksConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryWebhooksConnectionEdge = {
  __typename?: 'QueryWebhooksConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Webhook;
};

/** Words an article quotes a person saying, with who said it and in which role. */
export type Quote = Node & {
  __typename?: 'Quote';
  /** The article that quotes it. */
  article: Article;
  id: Scalars['ID']['output'];
  /** The position the speaker held when quoted, as the same article reports it. */
  position?: Maybe<Position>;
  /** Where in the article the quote stands. */
  provenance: Provenance;
  /** Who said it. */
  speaker: Person;
  /** The quoted words. */
  text: Scalars['String']['output'];
};

/** Narrows the quotes list; all given conditions must hold. Days are Western Indonesian Time (UTC+7). */
export type QuoteFilter = {
  /** Only quotes in articles of this day or later. */
  after?: InputMaybe<Scalars['Date']['input']>;
  /** Only quotes in articles before this day. */
  before?: InputMaybe<Scalars['Date']['input']>;
  /** Only what was said by someone holding a position at this institution when quoted: its global ID or any written form of its name. */
  institution?: InputMaybe<Scalars['ID']['input']>;
  /** Only what this person said: their global ID or any written form of the name. */
  person?: InputMaybe<Scalars['ID']['input']>;
  /** Words the quote contains, any case. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Where to POST which changes. */
export type RegisterWebhookInput = {
  /** Deliver what changed after this change-feed cursor (from changes or a delivery) first; without it, only changes from now on. */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Only changes concerning these entities. */
  filter?: InputMaybe<ChangeFilter>;
  /** Only changes of these kinds (every kind when absent). */
  kinds?: InputMaybe<Array<ChangeKind>>;
  /** An http or https URL. In production it must be a public address (WARTAGRAPH_WEBHOOK_PRIVATE_ADDRESSES allows others). */
  url: Scalars['String']['input'];
};

/** The new webhook and its signing secret. */
export type RegisterWebhookPayload = {
  __typename?: 'RegisterWebhookPayload';
  /** The Standard Webhooks signing secret (whsec_…), shown this once: verify each delivery's webhook-signature with it. */
  secret: Scalars['String']['output'];
  /** The webhook. */
  webhook: Webhook;
};

/** How two nodes of the graph are related. */
export type Relation =
  /** Both are named in the same articles (weight: how many). */
  | 'CO_MENTIONED'
  /** A person holds a position at an institution (weight: reporting articles). */
  | 'HOLDS_POSITION'
  /** An institution hosted an event. */
  | 'HOSTED'
  /** An institution or event is located in a place. */
  | 'LOCATED_IN'
  /** An institution belongs to another, or a place lies in another. */
  | 'PART_OF'
  /** A product is made at an institution. */
  | 'PRODUCED_BY'
  /** A product was shown at an event. */
  | 'SHOWN_AT'
  /** A person took part in an event, or an institution did (a group of its people; weight: reporting articles). */
  | 'TOOK_PART';

/** The publication an article appeared in. */
export type Source = {
  __typename?: 'Source';
  /** Its web domain, e.g. demak.wartawan.org. */
  domain?: Maybe<Scalars['String']['output']>;
  /** The publication's name, e.g. WARTAWAN. */
  name: Scalars['String']['output'];
};

/** How many of the filtered articles the publication published. */
export type SourceFacet = {
  __typename?: 'SourceFacet';
  /** How many articles. */
  count: Scalars['Int']['output'];
  /** The counted node. */
  node: Source;
};

/** The text of an article a character span points into. */
export type SpanField =
  | 'body'
  | 'title';

/** The person as it remains, and the new person the articles moved to. */
export type SplitPersonPayload = {
  __typename?: 'SplitPersonPayload';
  /** The new person. */
  created: Person;
  /** The person split from. */
  person: Person;
};

/** Follow the graph as it grows. */
export type Subscription = {
  __typename?: 'Subscription';
  /** New articles as they are ingested, optionally only those naming an institution or a person or about a topic. With `after` (a cursor from an earlier event) the events added since are replayed first, so a reconnecting service misses none. */
  articleAdded: ArticleAdded;
  /** Every change of the graph as it commits (new and updated articles, new people, first reports of positions), optionally only some kinds or those about an institution, person, place or topic. With `after` (an event's cursor, from here or from `changes`) what changed since is replayed first, so a reconnecting service misses nothing; a cursor beyond the end of the feed is BAD_USER_INPUT. A subscriber that falls too far behind is dropped with a SUBSCRIBER_DROPPED error that names the cursor to resume after. */
  graphChanged: ChangeEvent;
};


/** Follow the graph as it grows. */
export type SubscriptionArticleAddedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleAddedFilter>;
};


/** Follow the graph as it grows. */
export type SubscriptionGraphChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChangeFilter>;
  kinds?: InputMaybe<Array<ChangeKind>>;
};

/** One dated entry of a person's timeline, with the article that reports it. */
export type TimelineEntry = {
  /** The article behind the entry (for a position, the one that first reported it). */
  article?: Maybe<Article>;
  /** When: the first report of a position, the day of an event, the article of a quote. */
  at: Scalars['DateTime']['output'];
};

/** An event the person took part in, dated by its day (or by its first report when undated). */
export type TimelineEvent = TimelineEntry & {
  __typename?: 'TimelineEvent';
  /** The article behind the entry (for a position, the one that first reported it). */
  article?: Maybe<Article>;
  /** When: the first report of a position, the day of an event, the article of a quote. */
  at: Scalars['DateTime']['output'];
  /** The event. */
  event: Event;
  /** The parts the person had in it. */
  roles: Array<EventRole>;
};

/** A position, dated by the first article that reports the person holding it. */
export type TimelinePosition = TimelineEntry & {
  __typename?: 'TimelinePosition';
  /** The article behind the entry (for a position, the one that first reported it). */
  article?: Maybe<Article>;
  /** When: the first report of a position, the day of an event, the article of a quote. */
  at: Scalars['DateTime']['output'];
  /** The position. */
  position: Position;
};

/** Something the person was quoted saying, dated by its article. */
export type TimelineQuote = TimelineEntry & {
  __typename?: 'TimelineQuote';
  /** The article behind the entry (for a position, the one that first reported it). */
  article?: Maybe<Article>;
  /** When: the first report of a position, the day of an event, the article of a quote. */
  at: Scalars['DateTime']['output'];
  /** The quote. */
  quote: Quote;
};

/** A subject articles and events are about, such as ketahanan pangan (food security) or UMKM. */
export type Topic = {
  __typename?: 'Topic';
  /** The topic as first written. */
  name: Scalars['String']['output'];
  /** People named in articles about this topic, most significant first. */
  people: Array<CoMention>;
};


/** A subject articles and events are about, such as ketahanan pangan (food security) or UMKM. */
export type TopicPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How many of the filtered articles are about the topic. */
export type TopicFacet = {
  __typename?: 'TopicFacet';
  /** How many articles. */
  count: Scalars['Int']['output'];
  /** The counted node. */
  node: Topic;
};

/** A URL the change events a service asked for are POSTed to, signed the Standard Webhooks way, in feed order, at least once. */
export type Webhook = {
  __typename?: 'Webhook';
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The API key that registered it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The change-feed cursor of the last event the webhook is done with (delivered or dead-lettered); null before the first event of the feed. */
  cursor?: Maybe<Scalars['String']['output']>;
  /** The entities the changes must concern. */
  filter: WebhookFilter;
  /** What deleteWebhook and webhookDeliveries take. */
  id: Scalars['ID']['output'];
  /** The kinds of change delivered (every kind when empty). */
  kinds: Array<ChangeKind>;
  /** Where deliveries are POSTed. */
  url: Scalars['String']['output'];
};

/** One change event sent (or being sent) to one webhook, with how the tries went. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Tries so far (since the last redeliver). */
  attempts: Scalars['Int']['output'];
  /** The event's change-feed cursor, sent as the webhook-id header (the receiver's idempotency key). */
  cursor: Scalars['String']['output'];
  /** DELIVERED: when the receiver accepted it. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last try failed. */
  error?: Maybe<Scalars['String']['output']>;
  /** The change delivered. */
  event: ChangeEvent;
  /** What redeliver takes. */
  id: Scalars['ID']['output'];
  /** When it was last tried. */
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** PENDING: when it is tried next. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The receiver's HTTP status on the last try; null when it was not reached. */
  responseStatus?: Maybe<Scalars['Int']['output']>;
  /** Where it stands. */
  status: WebhookDeliveryStatus;
  /** The webhook it is for. */
  webhook: Webhook;
};

/** PENDING: failed so far and tried again at nextAttemptAt (or queued by redeliver); DELIVERED: the receiver answered 2xx; DEAD_LETTERED: every try failed, the webhook moved past it (redeliver tries again). */
export type WebhookDeliveryStatus =
  | 'DEAD_LETTERED'
  | 'DELIVERED'
  | 'PENDING';

/** The entities a webhook's changes must concern, as registered (IDs or names). */
export type WebhookFilter = {
  __typename?: 'WebhookFilter';
  /** An institution's ID or name. */
  institution?: Maybe<Scalars['String']['output']>;
  /** A person's ID or name. */
  person?: Maybe<Scalars['String']['output']>;
  /** A place's ID or name. */
  place?: Maybe<Scalars['String']['output']>;
  /** A topic's name. */
  topic?: Maybe<Scalars['String']['output']>;
};

export type EventGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type EventGroupsQuery = { __typename?: 'Query', events: { __typename?: 'QueryEventsConnection', edges: Array<{ __typename?: 'QueryEventsConnectionEdge', node: { __typename?: 'Event', groupParticipants: Array<{ __typename?: 'EventGroupParticipant', factId: string, label: string, role: EventRole, institution?: { __typename?: 'Institution', name: string } | null }> } }> } };

export type RejectGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RejectGroupMutation = { __typename?: 'Mutation', rejectFact: { __typename?: 'FactDecisionPayload', decision: { __typename?: 'FactDecision', status: FactDecisionStatus, kind: string, fact: string } } };

export type ConfirmGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmGroupMutation = { __typename?: 'Mutation', confirmFact: { __typename?: 'FactDecisionPayload', decision: { __typename?: 'FactDecision', status: FactDecisionStatus, kind: string } } };

export type CuratedLabelledQuotesQueryVariables = Exact<{
  url: Scalars['URL']['input'];
}>;


export type CuratedLabelledQuotesQuery = { __typename?: 'Query', article?: { __typename?: 'Article', labelledQuotes: Array<{ __typename?: 'LabelledQuote', factId: string, text: string, speakerLabel: string }> } | null };

export type ChangesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ChangeKind> | ChangeKind>;
  filter?: InputMaybe<ChangeFilter>;
}>;


export type ChangesQuery = { __typename?: 'Query', changes: { __typename?: 'QueryChangesConnection', edges: Array<{ __typename?: 'QueryChangesConnectionEdge', cursor: string, node: { __typename?: 'ChangeEvent', kind: ChangeKind, at: string, cursor: string, changedFields: Array<string>, article?: { __typename?: 'Article', url?: string | null, title: string } | null, person?: { __typename?: 'Person', name: string } | null, institution?: { __typename?: 'Institution', name: string } | null, position?: { __typename?: 'Position', title: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type GraphChangedSubscriptionVariables = Exact<{
  kinds?: InputMaybe<Array<ChangeKind> | ChangeKind>;
  filter?: InputMaybe<ChangeFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GraphChangedSubscription = { __typename?: 'Subscription', graphChanged: { __typename?: 'ChangeEvent', cursor: string, kind: ChangeKind, changedFields: Array<string>, article?: { __typename?: 'Article', url?: string | null, title: string } | null, person?: { __typename?: 'Person', name: string } | null } };

export type MergedChangesQueryVariables = Exact<{
  filter?: InputMaybe<ChangeFilter>;
}>;


export type MergedChangesQuery = { __typename?: 'Query', changes: { __typename?: 'QueryChangesConnection', edges: Array<{ __typename?: 'QueryChangesConnectionEdge', node: { __typename?: 'ChangeEvent', article?: { __typename?: 'Article', url?: string | null } | null } }> } };

export type MergedArticleAddedSubscriptionVariables = Exact<{
  filter?: InputMaybe<ArticleAddedFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MergedArticleAddedSubscription = { __typename?: 'Subscription', articleAdded: { __typename?: 'ArticleAdded', cursor: string, article: { __typename?: 'Article', url?: string | null } } };

export type RegisterRetainedWebhookMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;


export type RegisterRetainedWebhookMutation = { __typename?: 'Mutation', registerWebhook: { __typename?: 'RegisterWebhookPayload', secret: string, webhook: { __typename?: 'Webhook', id: string } } };

export type RegisterMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', registerWebhook: { __typename?: 'RegisterWebhookPayload', secret: string, webhook: { __typename?: 'Webhook', id: string, url: string, kinds: Array<ChangeKind>, cursor?: string | null } } };

export type DeliveriesQueryVariables = Exact<{
  webhook: Scalars['ID']['input'];
  status?: InputMaybe<WebhookDeliveryStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'QueryWebhookDeliveriesConnection', edges: Array<{ __typename?: 'QueryWebhookDeliveriesConnectionEdge', cursor: string, node: { __typename?: 'WebhookDelivery', id: string, cursor: string, status: WebhookDeliveryStatus, attempts: number, responseStatus?: number | null, error?: string | null, event: { __typename?: 'ChangeEvent', kind: ChangeKind, article?: { __typename?: 'Article', url?: string | null } | null } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RedeliverMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedeliverMutation = { __typename?: 'Mutation', redeliver: { __typename?: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus, attempts: number } };

export type GroupParticipantsOfQueryVariables = Exact<{
  url: Scalars['URL']['input'];
}>;


export type GroupParticipantsOfQuery = { __typename?: 'Query', article?: { __typename?: 'Article', events: Array<{ __typename?: 'Event', groupParticipants: Array<{ __typename?: 'EventGroupParticipant', label: string, role: EventRole, institution?: { __typename?: 'Institution', name: string } | null, article: { __typename?: 'Article', url?: string | null }, provenance: { __typename?: 'Provenance', start: number, end: number, extractor: string } }>, few: Array<{ __typename?: 'EventGroupParticipant', label: string }> }> } | null, institution?: { __typename?: 'Institution', eventParticipations: Array<{ __typename?: 'EventGroupParticipant', label: string, role: EventRole, event: { __typename?: 'Event', kind: string }, article: { __typename?: 'Article', url?: string | null } }> } | null };

export type NewFactsPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NewFactsPageQuery = { __typename?: 'Query', articles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', node: { __typename?: 'Article', publishedDate?: string | null, publishedDatePrecision?: DatePrecision | null, labelledQuotes: Array<{ __typename?: 'LabelledQuote', text: string, speakerLabel: string, provenance: { __typename?: 'Provenance', start: number } }>, events: Array<{ __typename?: 'Event', groupParticipants: Array<{ __typename?: 'EventGroupParticipant', label: string, role: EventRole, institution?: { __typename?: 'Institution', name: string, eventParticipations: Array<{ __typename?: 'EventGroupParticipant', label: string }> } | null, article: { __typename?: 'Article', url?: string | null } }> }> } }> } };

export type LabelledQuotesOfQueryVariables = Exact<{
  url: Scalars['URL']['input'];
}>;


export type LabelledQuotesOfQuery = { __typename?: 'Query', article?: { __typename?: 'Article', all: Array<{ __typename?: 'LabelledQuote', text: string, speakerLabel: string, article: { __typename?: 'Article', url?: string | null }, provenance: { __typename?: 'Provenance', field: SpanField, start: number, extractor: string } }>, one: Array<{ __typename?: 'LabelledQuote', speakerLabel: string }> } | null };

export type DatedArticleQueryVariables = Exact<{
  url: Scalars['URL']['input'];
}>;


export type DatedArticleQuery = { __typename?: 'Query', article?: { __typename?: 'Article', publishedAt?: string | null, publishedDate?: string | null, publishedDatePrecision?: DatePrecision | null } | null };

export type ArticleByUrlQueryVariables = Exact<{
  url: Scalars['URL']['input'];
}>;


export type ArticleByUrlQuery = { __typename?: 'Query', article?: { __typename?: 'Article', title: string, url?: string | null } | null };

export type FilteredArticlesQueryVariables = Exact<{
  filter?: InputMaybe<ArticleFilter>;
  orderBy?: InputMaybe<ArticleOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FilteredArticlesQuery = { __typename?: 'Query', articles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', cursor: string, node: { __typename?: 'Article', slug: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CountedArticlesQueryVariables = Exact<{
  filter?: InputMaybe<ArticleFilter>;
}>;


export type CountedArticlesQuery = { __typename?: 'Query', articles: { __typename?: 'QueryArticlesConnection', totalCount: number, edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', node: { __typename?: 'Article', slug: string } }> } };

export type IdsOfQueryVariables = Exact<{ [key: string]: never; }>;


export type IdsOfQuery = { __typename?: 'Query', institution?: { __typename?: 'Institution', id: string } | null, person?: { __typename?: 'Person', id: string } | null };

export type CountedListsQueryVariables = Exact<{ [key: string]: never; }>;


export type CountedListsQuery = { __typename?: 'Query', people: { __typename?: 'QueryPeopleConnection', totalCount: number, edges: Array<{ __typename?: 'QueryPeopleConnectionEdge', node: { __typename?: 'Person', name: string } }> }, institutions: { __typename?: 'QueryInstitutionsConnection', totalCount: number }, places: { __typename?: 'QueryPlacesConnection', totalCount: number }, institution?: { __typename?: 'Institution', articles: { __typename?: 'InstitutionArticlesConnection', totalCount: number, edges: Array<{ __typename?: 'InstitutionArticlesConnectionEdge', node: { __typename?: 'Article', slug: string } }> } } | null, person?: { __typename?: 'Person', articles: { __typename?: 'PersonArticlesConnection', totalCount: number } } | null };

export type ChangesForwardQueryVariables = Exact<{
  size?: InputMaybe<Scalars['Int']['input']>;
  cursor?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<ChangeKind> | ChangeKind>;
}>;


export type ChangesForwardQuery = { __typename?: 'Query', changes: { __typename?: 'QueryChangesConnection', edges: Array<{ __typename?: 'QueryChangesConnectionEdge', cursor: string, node: { __typename?: 'ChangeEvent', kind: ChangeKind } }>, pageInfo: { __typename?: 'PageInfo', startCursor?: string | null, endCursor?: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type ChangesBackwardQueryVariables = Exact<{
  size?: InputMaybe<Scalars['Int']['input']>;
  cursor?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<ChangeKind> | ChangeKind>;
}>;


export type ChangesBackwardQuery = { __typename?: 'Query', changes: { __typename?: 'QueryChangesConnection', edges: Array<{ __typename?: 'QueryChangesConnectionEdge', cursor: string, node: { __typename?: 'ChangeEvent', kind: ChangeKind } }>, pageInfo: { __typename?: 'PageInfo', startCursor?: string | null, endCursor?: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type PersonCoMentionedQueryVariables = Exact<{
  name: Scalars['String']['input'];
  kinds?: InputMaybe<Array<CoMentionKind> | CoMentionKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PersonCoMentionedQuery = { __typename?: 'Query', person?: { __typename?: 'Person', coMentioned: Array<{ __typename?: 'CoMention', weight: number, score: number, pmi: number, expected: number, nodeArticles: number, node:
        | { __typename: 'Institution', name: string }
        | { __typename: 'Person', name: string }
        | { __typename: 'Place', name: string }
        | { __typename: 'Topic', name: string }
       }> } | null };

export type RelatedInstitutionsQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type RelatedInstitutionsQuery = { __typename?: 'Query', institution?: { __typename?: 'Institution', relatedInstitutions: Array<{ __typename?: 'CoMention', weight: number, score: number, node:
        | { __typename?: 'Institution', name: string }
        | { __typename?: 'Person' }
        | { __typename?: 'Place' }
        | { __typename?: 'Topic' }
       }> } | null };

export type TopicPeopleQueryVariables = Exact<{
  topic: Scalars['String']['input'];
}>;


export type TopicPeopleQuery = { __typename?: 'Query', articles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', node: { __typename?: 'Article', topics: Array<{ __typename?: 'Topic', name: string, people: Array<{ __typename?: 'CoMention', weight: number, score: number, node:
              | { __typename?: 'Institution' }
              | { __typename?: 'Person', name: string }
              | { __typename?: 'Place' }
              | { __typename?: 'Topic' }
             }> }> } }> } };

export type PeopleWithPartnersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PeopleWithPartnersQuery = { __typename?: 'Query', people: { __typename?: 'QueryPeopleConnection', edges: Array<{ __typename?: 'QueryPeopleConnectionEdge', node: { __typename?: 'Person', name: string, coMentioned: Array<{ __typename?: 'CoMention', weight: number, node:
            | { __typename: 'Institution', name: string }
            | { __typename: 'Person', name: string }
            | { __typename: 'Place' }
            | { __typename: 'Topic' }
           }> } }> } };

export type LightQueryVariables = Exact<{ [key: string]: never; }>;


export type LightQuery = { __typename?: 'Query', topics: { __typename?: 'QueryTopicsConnection', edges: Array<{ __typename?: 'QueryTopicsConnectionEdge', node: { __typename?: 'Topic', name: string } }> } };

export type HeavyQueryVariables = Exact<{ [key: string]: never; }>;


export type HeavyQuery = { __typename?: 'Query', events: { __typename?: 'QueryEventsConnection', totalCount: number, edges: Array<{ __typename?: 'QueryEventsConnectionEdge', node: { __typename?: 'Event', name: string, host?: { __typename?: 'Institution', name: string } | null, participants: Array<{ __typename?: 'EventParticipant', person: { __typename?: 'Person', name: string } }> } }> }, person?: { __typename?: 'Person', timeline: { __typename?: 'PersonTimelineConnection', edges: Array<{ __typename?: 'PersonTimelineConnectionEdge', node:
          | { __typename?: 'TimelineEvent', at: string, article?: { __typename?: 'Article', slug: string } | null }
          | { __typename?: 'TimelinePosition', at: string, article?: { __typename?: 'Article', slug: string } | null }
          | { __typename?: 'TimelineQuote', at: string, article?: { __typename?: 'Article', slug: string } | null }
         }> } } | null };

export type MonthsOnlyQueryVariables = Exact<{
  filter?: InputMaybe<ArticleFilter>;
}>;


export type MonthsOnlyQuery = { __typename?: 'Query', articleFacets: { __typename?: 'ArticleFacets', months: Array<{ __typename?: 'MonthFacet', month: string, count: number }> } };

export type EntityFacetsQueryVariables = Exact<{
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type EntityFacetsQuery = { __typename?: 'Query', articleFacets: { __typename?: 'ArticleFacets', total: number, institutions: Array<{ __typename?: 'InstitutionFacet', count: number, node: { __typename?: 'Institution', name: string } }>, people: Array<{ __typename?: 'PersonFacet', count: number, node: { __typename?: 'Person', name: string } }>, places: Array<{ __typename?: 'PlaceFacet', count: number, node: { __typename?: 'Place', name: string } }>, topics: Array<{ __typename?: 'TopicFacet', count: number, node: { __typename?: 'Topic', name: string } }>, months: Array<{ __typename?: 'MonthFacet', month: string, count: number }> } };

export type FacetsQueryVariables = Exact<{
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FacetsQuery = { __typename?: 'Query', articleFacets: { __typename?: 'ArticleFacets', total: number, institutions: Array<{ __typename?: 'InstitutionFacet', count: number, node: { __typename?: 'Institution', name: string } }>, people: Array<{ __typename?: 'PersonFacet', count: number, node: { __typename?: 'Person', name: string } }>, places: Array<{ __typename?: 'PlaceFacet', count: number, node: { __typename?: 'Place', name: string } }>, topics: Array<{ __typename?: 'TopicFacet', count: number, node: { __typename?: 'Topic', name: string } }>, sources: Array<{ __typename?: 'SourceFacet', count: number, node: { __typename?: 'Source', name: string } }>, months: Array<{ __typename?: 'MonthFacet', month: string, count: number }> } };

export type SearchFacetsFromIndexQueryVariables = Exact<{
  filter?: InputMaybe<ArticleFilter>;
}>;


export type SearchFacetsFromIndexQuery = { __typename?: 'Query', articleFacets: { __typename?: 'ArticleFacets', total: number, institutions: Array<{ __typename?: 'InstitutionFacet', count: number, node: { __typename?: 'Institution', name: string } }>, people: Array<{ __typename?: 'PersonFacet', count: number, node: { __typename?: 'Person', name: string } }>, months: Array<{ __typename?: 'MonthFacet', month: string, count: number }> } };

export type InstitutionPageQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type InstitutionPageQuery = { __typename?: 'Query', institution?: { __typename?: 'Institution', id: string, name: string, articles: { __typename?: 'InstitutionArticlesConnection', edges: Array<{ __typename?: 'InstitutionArticlesConnectionEdge', node: { __typename?: 'Article', title: string, people: Array<{ __typename?: 'Person', name: string, positions: Array<{ __typename?: 'Position', title: string, institution?: { __typename?: 'Institution', name: string } | null }> }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } } | null };

export type PolresIdQueryVariables = Exact<{ [key: string]: never; }>;


export type PolresIdQuery = { __typename?: 'Query', institution?: { __typename?: 'Institution', id: string } | null };

export type InstitutionParticipationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InstitutionParticipationQuery = { __typename?: 'Query', neighbors: { __typename?: 'Neighborhood', nodes: Array<
      | { __typename: 'Article' }
      | { __typename: 'Event', name: string }
      | { __typename: 'Institution' }
      | { __typename: 'Person' }
      | { __typename: 'Place' }
      | { __typename: 'Position' }
      | { __typename: 'Product' }
      | { __typename: 'Quote' }
    >, edges: Array<{ __typename?: 'GraphEdge', relation: Relation, weight: number, from:
        | { __typename?: 'Article', id: string }
        | { __typename?: 'Event', id: string }
        | { __typename?: 'Institution', id: string }
        | { __typename?: 'Person', id: string }
        | { __typename?: 'Place', id: string }
        | { __typename?: 'Position', id: string }
        | { __typename?: 'Product', id: string }
        | { __typename?: 'Quote', id: string }
      , to:
        | { __typename?: 'Article', id: string }
        | { __typename?: 'Event', id: string }
        | { __typename?: 'Institution', id: string }
        | { __typename?: 'Person', id: string }
        | { __typename?: 'Place', id: string }
        | { __typename?: 'Position', id: string }
        | { __typename?: 'Product', id: string }
        | { __typename?: 'Quote', id: string }
      , evidence: Array<{ __typename?: 'Article', url?: string | null }> }> } };

export type NeighborsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<GraphNodeKind> | GraphNodeKind>;
  relations?: InputMaybe<Array<Relation> | Relation>;
  minWeight?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NeighborsQuery = { __typename?: 'Query', neighbors: { __typename?: 'Neighborhood', nodes: Array<
      | { __typename: 'Article', id: string }
      | { __typename: 'Event', name: string, id: string }
      | { __typename: 'Institution', name: string, id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Place', name: string, id: string }
      | { __typename: 'Position', id: string }
      | { __typename: 'Product', name: string, id: string }
      | { __typename: 'Quote', id: string }
    >, edges: Array<{ __typename?: 'GraphEdge', relation: Relation, weight: number, from:
        | { __typename?: 'Article', id: string }
        | { __typename?: 'Event', id: string }
        | { __typename?: 'Institution', id: string }
        | { __typename?: 'Person', id: string }
        | { __typename?: 'Place', id: string }
        | { __typename?: 'Position', id: string }
        | { __typename?: 'Product', id: string }
        | { __typename?: 'Quote', id: string }
      , to:
        | { __typename?: 'Article', id: string }
        | { __typename?: 'Event', id: string }
        | { __typename?: 'Institution', id: string }
        | { __typename?: 'Person', id: string }
        | { __typename?: 'Place', id: string }
        | { __typename?: 'Position', id: string }
        | { __typename?: 'Product', id: string }
        | { __typename?: 'Quote', id: string }
      , evidence: Array<{ __typename?: 'Article', slug: string }> }> } };

export type NeighborIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type NeighborIdsQuery = { __typename?: 'Query', hemu?: { __typename?: 'Person', id: string } | null, mardi?: { __typename?: 'Person', id: string } | null, sari?: { __typename?: 'Person', id: string } | null, rutanBlora?: { __typename?: 'Institution', id: string } | null, article?: { __typename?: 'Article', id: string } | null };

export type CappedNeighborsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CappedNeighborsQuery = { __typename?: 'Query', neighbors: { __typename?: 'Neighborhood', nodes: Array<
      | { __typename?: 'Article', id: string }
      | { __typename?: 'Event', id: string }
      | { __typename?: 'Institution', name: string, id: string }
      | { __typename?: 'Person', name: string, id: string }
      | { __typename?: 'Place', id: string }
      | { __typename?: 'Position', id: string }
      | { __typename?: 'Product', id: string }
      | { __typename?: 'Quote', id: string }
    >, edges: Array<{ __typename?: 'GraphEdge', weight: number, from:
        | { __typename?: 'Article', id: string }
        | { __typename?: 'Event', id: string }
        | { __typename?: 'Institution', id: string }
        | { __typename?: 'Person', id: string }
        | { __typename?: 'Place', id: string }
        | { __typename?: 'Position', id: string }
        | { __typename?: 'Product', id: string }
        | { __typename?: 'Quote', id: string }
      , to:
        | { __typename?: 'Article', id: string }
        | { __typename?: 'Event', id: string }
        | { __typename?: 'Institution', id: string }
        | { __typename?: 'Person', id: string }
        | { __typename?: 'Place', id: string }
        | { __typename?: 'Position', id: string }
        | { __typename?: 'Product', id: string }
        | { __typename?: 'Quote', id: string }
      , evidence: Array<{ __typename?: 'Article', slug: string }> }> } };

export type KanwilIdQueryVariables = Exact<{ [key: string]: never; }>;


export type KanwilIdQuery = { __typename?: 'Query', institution?: { __typename?: 'Institution', id: string } | null, mardi?: { __typename?: 'Person', id: string } | null, demak?: { __typename?: 'Institution', id: string } | null };

export type PagesOfNamesOnlyQueryVariables = Exact<{ [key: string]: never; }>;


export type PagesOfNamesOnlyQuery = { __typename?: 'Query', institution?: { __typename?: 'Institution', name: string, people: Array<{ __typename?: 'Person', name: string }>, articles: { __typename?: 'InstitutionArticlesConnection', edges: Array<{ __typename?: 'InstitutionArticlesConnectionEdge', node: { __typename?: 'Article', title: string, people: Array<{ __typename?: 'Person', name: string, positions: Array<{ __typename?: 'Position', title: string, institution?: { __typename?: 'Institution', name: string } | null }> }> } }> } } | null, person?: { __typename?: 'Person', name: string, positions: Array<{ __typename?: 'Position', title: string, institution?: { __typename?: 'Institution', name: string } | null }> } | null };

export type InstitutionPageCostQueryVariables = Exact<{ [key: string]: never; }>;


export type InstitutionPageCostQuery = { __typename?: 'Query', institution?: { __typename?: 'Institution', name: string, people: Array<{ __typename?: 'Person', name: string }>, positions: Array<{ __typename?: 'Position', title: string }>, articles: { __typename?: 'InstitutionArticlesConnection', edges: Array<{ __typename?: 'InstitutionArticlesConnectionEdge', node: { __typename?: 'Article', title: string, publishedAt?: string | null, people: Array<{ __typename?: 'Person', name: string, positions: Array<{ __typename?: 'Position', title: string, institution?: { __typename?: 'Institution', name: string } | null }> }> } }> } } | null };

export type PersonPageCostQueryVariables = Exact<{ [key: string]: never; }>;


export type PersonPageCostQuery = { __typename?: 'Query', person?: { __typename?: 'Person', name: string, aliases: Array<string>, positions: Array<{ __typename?: 'Position', title: string, institution?: { __typename?: 'Institution', name: string } | null, reports: Array<{ __typename?: 'PositionReport', reportedAt: string }> }>, articles: { __typename?: 'PersonArticlesConnection', edges: Array<{ __typename?: 'PersonArticlesConnectionEdge', node: { __typename?: 'Article', title: string, publishedAt?: string | null } }> }, events: Array<{ __typename?: 'Event', name: string, date?: string | null }>, quotes: Array<{ __typename?: 'Quote', text: string }> } | null };

export type PathQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relations?: InputMaybe<Array<Relation> | Relation>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PathQuery = { __typename?: 'Query', path: Array<{ __typename?: 'Path', length: number, hops: Array<{ __typename?: 'GraphEdge', relation: Relation, from:
        | { __typename?: 'Article', id: string }
        | { __typename?: 'Event', name: string, id: string }
        | { __typename?: 'Institution', name: string, id: string }
        | { __typename?: 'Person', name: string, id: string }
        | { __typename?: 'Place', id: string }
        | { __typename?: 'Position', id: string }
        | { __typename?: 'Product', id: string }
        | { __typename?: 'Quote', id: string }
      , to:
        | { __typename?: 'Article', id: string }
        | { __typename?: 'Event', name: string, id: string }
        | { __typename?: 'Institution', name: string, id: string }
        | { __typename?: 'Person', name: string, id: string }
        | { __typename?: 'Place', id: string }
        | { __typename?: 'Position', id: string }
        | { __typename?: 'Product', id: string }
        | { __typename?: 'Quote', id: string }
      , evidence: Array<{ __typename?: 'Article', slug: string }> }> }> };

export type PathIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type PathIdsQuery = { __typename?: 'Query', hemu?: { __typename?: 'Person', id: string } | null, mardi?: { __typename?: 'Person', id: string } | null, sari?: { __typename?: 'Person', id: string } | null };

export type HoldersQueryVariables = Exact<{
  title?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['Date']['input']>;
}>;


export type HoldersQuery = { __typename?: 'Query', institution?: { __typename?: 'Institution', positionHolders: Array<{ __typename?: 'PositionHolder', title: string, role: string, firstReportedAt: string, lastReportedAt: string, person: { __typename?: 'Person', name: string } }>, positionHistory: Array<{ __typename?: 'PositionHolder', firstReportedAt: string, lastReportedAt: string, person: { __typename?: 'Person', name: string } }> } | null };

export type InstitutionByNameQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type InstitutionByNameQuery = { __typename?: 'Query', institution?: { __typename?: 'Institution', id: string, name: string, shortName?: string | null, aliases: Array<string>, type: InstitutionType, parent?: { __typename?: 'Institution', name: string, parent?: { __typename?: 'Institution', name: string } | null, children: Array<{ __typename?: 'Institution', name: string }> } | null, place?: { __typename?: 'Place', name: string, kind: PlaceKind, code?: string | null, parent?: { __typename?: 'Place', name: string } | null } | null, people: Array<{ __typename?: 'Person', name: string }>, events: Array<{ __typename?: 'Event', name: string, date?: string | null, host?: { __typename?: 'Institution', name: string } | null, participants: Array<{ __typename?: 'EventParticipant', role: EventRole, person: { __typename?: 'Person', name: string } }> }>, products: Array<{ __typename?: 'Product', name: string, category: ProductCategory, producer?: { __typename?: 'Institution', name: string } | null }>, positions: Array<{ __typename?: 'Position', title: string, person: { __typename?: 'Person', name: string } }> } | null };

export type PersonPageQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type PersonPageQuery = { __typename?: 'Query', person?: { __typename?: 'Person', id: string, name: string, aliases: Array<string>, positions: Array<{ __typename?: 'Position', title: string, role: string, firstReportedAt?: string | null, lastReportedAt?: string | null, reportCount: number, institution?: { __typename?: 'Institution', name: string, type: InstitutionType } | null, reports: Array<{ __typename?: 'PositionReport', title: string, reportedAt: string, article: { __typename?: 'Article', title: string }, provenance: { __typename?: 'Provenance', field: SpanField, start: number, end: number, confidence: number, extractor: string } }> }>, quotes: Array<{ __typename?: 'Quote', text: string, article: { __typename?: 'Article', title: string }, position?: { __typename?: 'Position', title: string } | null, provenance: { __typename?: 'Provenance', start: number, end: number } }>, articles: { __typename?: 'PersonArticlesConnection', edges: Array<{ __typename?: 'PersonArticlesConnectionEdge', node: { __typename?: 'Article', title: string } }> }, events: Array<{ __typename?: 'Event', name: string, kind: string, date?: string | null, place?: { __typename?: 'Place', name: string } | null, host?: { __typename?: 'Institution', name: string } | null, participants: Array<{ __typename?: 'EventParticipant', role: EventRole, person: { __typename?: 'Person', name: string } }>, topics: Array<{ __typename?: 'Topic', name: string }> }> } | null };

export type ArticleFieldsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
}>;


export type ArticleFieldsQuery = { __typename?: 'Query', articles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', cursor: string, node: { __typename?: 'Article', id: string, title: string, slug: string, publishedAt?: string | null, url?: string | null, authors: Array<{ __typename?: 'Author', name: string }>, source?: { __typename?: 'Source', name: string, domain?: string | null } | null, people: Array<{ __typename?: 'Person', name: string }>, institutions: Array<{ __typename?: 'Institution', name: string }>, places: Array<{ __typename?: 'Place', name: string }>, events: Array<{ __typename?: 'Event', name: string, host?: { __typename?: 'Institution', name: string } | null }>, products: Array<{ __typename?: 'Product', name: string, producer?: { __typename?: 'Institution', name: string } | null, shownAt?: { __typename?: 'Event', name: string } | null }>, quotes: Array<{ __typename?: 'Quote', text: string, speaker: { __typename?: 'Person', name: string } }>, topics: Array<{ __typename?: 'Topic', name: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null } } };

export type ListsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<InstitutionType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListsQuery = { __typename?: 'Query', people: { __typename?: 'QueryPeopleConnection', edges: Array<{ __typename?: 'QueryPeopleConnectionEdge', cursor: string, node: { __typename?: 'Person', name: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, institutions: { __typename?: 'QueryInstitutionsConnection', edges: Array<{ __typename?: 'QueryInstitutionsConnectionEdge', node: { __typename?: 'Institution', name: string, type: InstitutionType } }> }, places: { __typename?: 'QueryPlacesConnection', edges: Array<{ __typename?: 'QueryPlacesConnectionEdge', node: { __typename?: 'Place', name: string, kind: PlaceKind } }> } };

export type NodeByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeByIdQuery = { __typename?: 'Query', node?:
    | { __typename: 'Article', title: string, id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Institution', name: string, id: string }
    | { __typename: 'Person', name: string, id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Position', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'Quote', id: string }
   | null };

export type ArticleLookupQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['URL']['input']>;
}>;


export type ArticleLookupQuery = { __typename?: 'Query', article?: { __typename?: 'Article', title: string, url?: string | null } | null };

export type RootEventsQueryVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RootEventsQuery = { __typename?: 'Query', events: { __typename?: 'QueryEventsConnection', totalCount: number, edges: Array<{ __typename?: 'QueryEventsConnectionEdge', cursor: string, node: { __typename?: 'Event', id: string, name: string, date?: string | null, host?: { __typename?: 'Institution', name: string } | null, participants: Array<{ __typename?: 'EventParticipant', person: { __typename?: 'Person', name: string } }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RootEventQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RootEventQuery = { __typename?: 'Query', event?: { __typename?: 'Event', name: string, host?: { __typename?: 'Institution', name: string } | null } | null };

export type RootProductsQueryVariables = Exact<{
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RootProductsQuery = { __typename?: 'Query', products: { __typename?: 'QueryProductsConnection', totalCount: number, edges: Array<{ __typename?: 'QueryProductsConnectionEdge', node: { __typename?: 'Product', name: string, category: ProductCategory, producer?: { __typename?: 'Institution', name: string } | null } }> } };

export type RootQuotesQueryVariables = Exact<{
  filter?: InputMaybe<QuoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RootQuotesQuery = { __typename?: 'Query', quotes: { __typename?: 'QueryQuotesConnection', totalCount: number, edges: Array<{ __typename?: 'QueryQuotesConnectionEdge', node: { __typename?: 'Quote', text: string, speaker: { __typename?: 'Person', name: string }, article: { __typename?: 'Article', slug: string } } }> } };

export type RootTopicsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RootTopicsQuery = { __typename?: 'Query', topics: { __typename?: 'QueryTopicsConnection', totalCount: number, edges: Array<{ __typename?: 'QueryTopicsConnectionEdge', cursor: string, node: { __typename?: 'Topic', name: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RootPlaceQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<PlaceKind>;
}>;


export type RootPlaceQuery = { __typename?: 'Query', place?: { __typename?: 'Place', id: string, name: string, kind: PlaceKind } | null };

export type RootSourceQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type RootSourceQuery = { __typename?: 'Query', source?: { __typename?: 'Source', name: string, domain?: string | null } | null };

export type PersonTimelineQueryVariables = Exact<{
  name: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PersonTimelineQuery = { __typename?: 'Query', person?: { __typename?: 'Person', timeline: { __typename?: 'PersonTimelineConnection', edges: Array<{ __typename?: 'PersonTimelineConnectionEdge', node:
          | { __typename: 'TimelineEvent', roles: Array<EventRole>, at: string, event: { __typename?: 'Event', name: string }, article?: { __typename?: 'Article', slug: string } | null }
          | { __typename: 'TimelinePosition', at: string, position: { __typename?: 'Position', title: string, institution?: { __typename?: 'Institution', name: string } | null }, article?: { __typename?: 'Article', slug: string } | null }
          | { __typename: 'TimelineQuote', at: string, quote: { __typename?: 'Quote', text: string }, article?: { __typename?: 'Article', slug: string } | null }
         }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type DeliveriesForwardQueryVariables = Exact<{
  webhook: Scalars['ID']['input'];
  size?: InputMaybe<Scalars['Int']['input']>;
  cursor?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeliveriesForwardQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'QueryWebhookDeliveriesConnection', edges: Array<{ __typename?: 'QueryWebhookDeliveriesConnectionEdge', cursor: string, node: { __typename?: 'WebhookDelivery', error?: string | null } }>, pageInfo: { __typename?: 'PageInfo', startCursor?: string | null, endCursor?: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type DeliveriesBackwardQueryVariables = Exact<{
  webhook: Scalars['ID']['input'];
  size?: InputMaybe<Scalars['Int']['input']>;
  cursor?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeliveriesBackwardQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'QueryWebhookDeliveriesConnection', edges: Array<{ __typename?: 'QueryWebhookDeliveriesConnectionEdge', cursor: string, node: { __typename?: 'WebhookDelivery', error?: string | null } }>, pageInfo: { __typename?: 'PageInfo', startCursor?: string | null, endCursor?: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type IngestArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestArticleMutation = { __typename?: 'Mutation', ingestArticle: { __typename?: 'IngestArticlePayload', created: boolean, article: { __typename?: 'Article', id: string, title: string, url?: string | null, people: Array<{ __typename?: 'Person', name: string }>, institutions: Array<{ __typename?: 'Institution', name: string }> } } };

export type AppearsWithQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type AppearsWithQuery = { __typename?: 'Query', person?: { __typename?: 'Person', appearsWith: Array<{ __typename?: 'CoAppearance', sharedArticles: number, person: { __typename?: 'Person', name: string, positions: Array<{ __typename?: 'Position', title: string }> } }> } | null };

export type SearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchQuery = { __typename?: 'Query', articles: { __typename?: 'QueryArticlesConnection', edges: Array<{ __typename?: 'QueryArticlesConnectionEdge', cursor: string }> } };

export type ArticleBySlugQueryVariables = Exact<{
  slug?: InputMaybe<Scalars['String']['input']>;
}>;


export type ArticleBySlugQuery = { __typename?: 'Query', article?: { __typename?: 'Article', id: string, title: string } | null };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Article', id: string }
    | { __typename?: 'Event', id: string }
    | { __typename?: 'Institution', id: string }
    | { __typename?: 'Person', id: string }
    | { __typename?: 'Place', id: string }
    | { __typename?: 'Position', id: string }
    | { __typename?: 'Product', id: string }
    | { __typename?: 'Quote', id: string }
   | null };

export type IngestForSubscriptionMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestForSubscriptionMutation = { __typename?: 'Mutation', ingestArticle: { __typename?: 'IngestArticlePayload', created: boolean, article: { __typename?: 'Article', id: string, title: string } } };

export type PersonIdForSubscriptionQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type PersonIdForSubscriptionQuery = { __typename?: 'Query', person?: { __typename?: 'Person', id: string } | null };

export type InstitutionIdForSubscriptionQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type InstitutionIdForSubscriptionQuery = { __typename?: 'Query', institution?: { __typename?: 'Institution', id: string } | null };

export type ArticleAddedSubscriptionVariables = Exact<{
  filter?: InputMaybe<ArticleAddedFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ArticleAddedSubscription = { __typename?: 'Subscription', articleAdded: { __typename?: 'ArticleAdded', cursor: string, article: { __typename?: 'Article', id: string, title: string, people: Array<{ __typename?: 'Person', name: string }> } } };


export const EventGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventGroupsQuery, EventGroupsQueryVariables>;
export const RejectGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectFact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fact"}}]}}]}}]}}]} as unknown as DocumentNode<RejectGroupMutation, RejectGroupMutationVariables>;
export const ConfirmGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmFact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmGroupMutation, ConfirmGroupMutationVariables>;
export const CuratedLabelledQuotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CuratedLabelledQuotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"URL"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelledQuotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speakerLabel"}}]}}]}}]}}]} as unknown as DocumentNode<CuratedLabelledQuotesQuery, CuratedLabelledQuotesQueryVariables>;
export const ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const GraphChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GraphChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GraphChangedSubscription, GraphChangedSubscriptionVariables>;
export const MergedChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MergedChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ARTICLE_ADDED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MergedChangesQuery, MergedChangesQueryVariables>;
export const MergedArticleAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MergedArticleAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleAddedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<MergedArticleAddedSubscription, MergedArticleAddedSubscriptionVariables>;
export const RegisterRetainedWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterRetainedWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterRetainedWebhookMutation, RegisterRetainedWebhookMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const DeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webhook"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webhook"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webhook"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DeliveriesQuery, DeliveriesQueryVariables>;
export const RedeliverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Redeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<RedeliverMutation, RedeliverMutationVariables>;
export const GroupParticipantsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupParticipantsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"URL"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"extractor"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"few"},"name":{"kind":"Name","value":"groupParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"rutan demak","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventParticipations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupParticipantsOfQuery, GroupParticipantsOfQueryVariables>;
export const NewFactsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewFactsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"Jajaran Rutan Demak","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedDate"}},{"kind":"Field","name":{"kind":"Name","value":"publishedDatePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"labelledQuotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speakerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eventParticipations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewFactsPageQuery, NewFactsPageQueryVariables>;
export const LabelledQuotesOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabelledQuotesOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"URL"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"labelledQuotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speakerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"extractor"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"one"},"name":{"kind":"Name","value":"labelledQuotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speakerLabel"}}]}}]}}]}}]} as unknown as DocumentNode<LabelledQuotesOfQuery, LabelledQuotesOfQueryVariables>;
export const DatedArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatedArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"URL"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedDate"}},{"kind":"Field","name":{"kind":"Name","value":"publishedDatePrecision"}}]}}]}}]} as unknown as DocumentNode<DatedArticleQuery, DatedArticleQueryVariables>;
export const ArticleByUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleByUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"URL"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ArticleByUrlQuery, ArticleByUrlQueryVariables>;
export const FilteredArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilteredArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FilteredArticlesQuery, FilteredArticlesQueryVariables>;
export const CountedArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountedArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountedArticlesQuery, CountedArticlesQueryVariables>;
export const IdsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdsOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"rutan blora","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Hemu","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IdsOfQuery, IdsOfQueryVariables>;
export const CountedListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountedLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"rutan","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"lapas pati","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Hemu","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<CountedListsQuery, CountedListsQueryVariables>;
export const ChangesForwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangesForward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"size"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"size"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}}]}}]}}]} as unknown as DocumentNode<ChangesForwardQuery, ChangesForwardQueryVariables>;
export const ChangesBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangesBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"size"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"size"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}}]}}]}}]} as unknown as DocumentNode<ChangesBackwardQuery, ChangesBackwardQueryVariables>;
export const PersonCoMentionedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonCoMentioned"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoMentionKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coMentioned"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"pmi"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"nodeArticles"}}]}}]}}]}}]} as unknown as DocumentNode<PersonCoMentionedQuery, PersonCoMentionedQueryVariables>;
export const RelatedInstitutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelatedInstitutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relatedInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<RelatedInstitutionsQuery, RelatedInstitutionsQueryVariables>;
export const TopicPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopicPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TopicPeopleQuery, TopicPeopleQueryVariables>;
export const PeopleWithPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleWithPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coMentioned"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleWithPartnersQuery, PeopleWithPartnersQueryVariables>;
export const LightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Light"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LightQuery, LightQueryVariables>;
export const HeavyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Heavy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Hemu","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HeavyQuery, HeavyQueryVariables>;
export const MonthsOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthsOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<MonthsOnlyQuery, MonthsOnlyQueryVariables>;
export const EntityFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityFacets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<EntityFacetsQuery, EntityFacetsQueryVariables>;
export const FacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Facets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<FacetsQuery, FacetsQueryVariables>;
export const SearchFacetsFromIndexDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchFacetsFromIndex"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<SearchFacetsFromIndexQuery, SearchFacetsFromIndexQueryVariables>;
export const InstitutionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionPageQuery, InstitutionPageQueryVariables>;
export const PolresIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolresId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Polres Blora","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PolresIdQuery, PolresIdQueryVariables>;
export const InstitutionParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"relations"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TOOK_PART"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionParticipationQuery, InstitutionParticipationQueryVariables>;
export const NeighborsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNodeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relations"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"relations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relations"}}},{"kind":"Argument","name":{"kind":"Name","value":"minWeight"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minWeight"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighborsQuery, NeighborsQueryVariables>;
export const NeighborIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeighborIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"hemu"},"name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Hemu","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mardi"},"name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Mardi Santoso","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sari"},"name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Sari Wulandari","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"rutanBlora"},"name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"rutan blora","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"article"},"name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"d-demak","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NeighborIdsQuery, NeighborIdsQueryVariables>;
export const CappedNeighborsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CappedNeighbors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"relations"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CO_MENTIONED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CappedNeighborsQuery, CappedNeighborsQueryVariables>;
export const KanwilIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KanwilId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Kanwil Ditjenpas Jateng","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mardi"},"name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Mardi Santoso","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"demak"},"name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Rutan Demak","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<KanwilIdQuery, KanwilIdQueryVariables>;
export const PagesOfNamesOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PagesOfNamesOnly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"rutan blora","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Mardi Santoso","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PagesOfNamesOnlyQuery, PagesOfNamesOnlyQueryVariables>;
export const InstitutionPageCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionPageCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"rutan blora","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionPageCostQuery, InstitutionPageCostQueryVariables>;
export const PersonPageCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPageCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Mardi Santoso","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<PersonPageCostQuery, PersonPageCostQueryVariables>;
export const PathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Path"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relations"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"relations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relations"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathQuery, PathQueryVariables>;
export const PathIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"hemu"},"name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Hemu","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mardi"},"name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Mardi Santoso","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sari"},"name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Sari Wulandari","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PathIdsQuery, PathIdsQueryVariables>;
export const HoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Holders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"rutan blora","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positionHolders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positionHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedAt"}}]}}]}}]}}]} as unknown as DocumentNode<HoldersQuery, HoldersQueryVariables>;
export const InstitutionByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionByNameQuery, InstitutionByNameQueryVariables>;
export const PersonPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportCount"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"extractor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;
export const ArticleFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shownAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ArticleFieldsQuery, ArticleFieldsQueryVariables>;
export const ListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstitutionType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListsQuery, ListsQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const ArticleLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"URL"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ArticleLookupQuery, ArticleLookupQueryVariables>;
export const RootEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RootEventsQuery, RootEventsQueryVariables>;
export const RootEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RootEventQuery, RootEventQueryVariables>;
export const RootProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RootProductsQuery, RootProductsQueryVariables>;
export const RootQuotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootQuotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RootQuotesQuery, RootQuotesQueryVariables>;
export const RootTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootTopics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RootTopicsQuery, RootTopicsQueryVariables>;
export const RootPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RootPlaceQuery, RootPlaceQueryVariables>;
export const RootSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RootSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}}]}}]}}]} as unknown as DocumentNode<RootSourceQuery, RootSourceQueryVariables>;
export const PersonTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelinePosition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineQuote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonTimelineQuery, PersonTimelineQueryVariables>;
export const DeliveriesForwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeliveriesForward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webhook"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"size"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webhook"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webhook"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"size"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}}]}}]}}]} as unknown as DocumentNode<DeliveriesForwardQuery, DeliveriesForwardQueryVariables>;
export const DeliveriesBackwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeliveriesBackward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webhook"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"size"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webhook"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webhook"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"size"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}}]}}]}}]} as unknown as DocumentNode<DeliveriesBackwardQuery, DeliveriesBackwardQueryVariables>;
export const IngestArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IngestArticleMutation, IngestArticleMutationVariables>;
export const AppearsWithDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppearsWith"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appearsWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedArticles"}}]}}]}}]}}]} as unknown as DocumentNode<AppearsWithQuery, AppearsWithQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const ArticleBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ArticleBySlugQuery, ArticleBySlugQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const IngestForSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestForSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<IngestForSubscriptionMutation, IngestForSubscriptionMutationVariables>;
export const PersonIdForSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonIdForSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PersonIdForSubscriptionQuery, PersonIdForSubscriptionQueryVariables>;
export const InstitutionIdForSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionIdForSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InstitutionIdForSubscriptionQuery, InstitutionIdForSubscriptionQueryVariables>;
export const ArticleAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ArticleAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleAddedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArticleAddedSubscription, ArticleAddedSubscriptionVariables>;