/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query EventGroups {\n    events(first: 5) { edges { node { groupParticipants { factId label role institution { name } } } } }\n  }\n": typeof types.EventGroupsDocument,
    "mutation RejectGroup($id: ID!) { rejectFact(id: $id) { decision { status kind fact } } }": typeof types.RejectGroupDocument,
    "mutation ConfirmGroup($id: ID!) { confirmFact(id: $id) { decision { status kind } } }": typeof types.ConfirmGroupDocument,
    "\n  query CuratedLabelledQuotes($url: URL!) { article(url: $url) { labelledQuotes { factId text speakerLabel } } }\n": typeof types.CuratedLabelledQuotesDocument,
    "\n  query Changes($after: String, $first: Int, $kinds: [ChangeKind!], $filter: ChangeFilter) {\n    changes(after: $after, first: $first, kinds: $kinds, filter: $filter) {\n      edges {\n        cursor\n        node {\n          kind\n          at\n          cursor\n          changedFields\n          article { url title }\n          person { name }\n          institution { name }\n          position { title }\n        }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.ChangesDocument,
    "\n  subscription GraphChanged($kinds: [ChangeKind!], $filter: ChangeFilter, $after: String) {\n    graphChanged(kinds: $kinds, filter: $filter, after: $after) {\n      cursor kind changedFields article { url title } person { name }\n    }\n  }\n": typeof types.GraphChangedDocument,
    "\n  query MergedChanges($filter: ChangeFilter) {\n    changes(first: 50, kinds: [ARTICLE_ADDED], filter: $filter) { edges { node { article { url } } } }\n  }\n": typeof types.MergedChangesDocument,
    "\n  subscription MergedArticleAdded($filter: ArticleAddedFilter, $after: String) {\n    articleAdded(filter: $filter, after: $after) { cursor article { url } }\n  }\n": typeof types.MergedArticleAddedDocument,
    "\n  mutation RegisterRetainedWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) { secret webhook { id } }\n  }\n": typeof types.RegisterRetainedWebhookDocument,
    "\n  mutation Register($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) { secret webhook { id url kinds cursor } }\n  }\n": typeof types.RegisterDocument,
    "\n  query Deliveries($webhook: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(webhook: $webhook, status: $status, first: $first, after: $after) {\n      edges { cursor node { id cursor status attempts responseStatus error event { kind article { url } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.DeliveriesDocument,
    "\n  mutation Redeliver($id: ID!) { redeliver(id: $id) { id status attempts } }\n": typeof types.RedeliverDocument,
    "\n  query GroupParticipantsOf($url: URL!) {\n    article(url: $url) {\n      events {\n        groupParticipants { label role institution { name } article { url } provenance { start end extractor } }\n        few: groupParticipants(first: 1) { label }\n      }\n    }\n    institution(name: \"rutan demak\") { eventParticipations { label role event { kind } article { url } } }\n  }\n": typeof types.GroupParticipantsOfDocument,
    "\n            query NewFactsPage($first: Int) {\n              articles(first: $first, filter: { search: \"Jajaran Rutan Demak\" }) {\n                edges { node {\n                  publishedDate publishedDatePrecision\n                  labelledQuotes { text speakerLabel provenance { start } }\n                  events { groupParticipants { label role institution { name eventParticipations { label } } article { url } } }\n                } }\n              }\n            }\n          ": typeof types.NewFactsPageDocument,
    "\n  query LabelledQuotesOf($url: URL!) {\n    article(url: $url) {\n      all: labelledQuotes { text speakerLabel article { url } provenance { field start extractor } }\n      one: labelledQuotes(first: 1) { speakerLabel }\n    }\n  }\n": typeof types.LabelledQuotesOfDocument,
    "\n  query DatedArticle($url: URL!) {\n    article(url: $url) { publishedAt publishedDate publishedDatePrecision }\n  }\n": typeof types.DatedArticleDocument,
    "\n  query ArticleByUrl($url: URL!) {\n    article(url: $url) { title url }\n  }\n": typeof types.ArticleByUrlDocument,
    "\n  query FilteredArticles($filter: ArticleFilter, $orderBy: ArticleOrder, $first: Int, $after: String) {\n    articles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges { cursor node { slug } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.FilteredArticlesDocument,
    "\n  query CountedArticles($filter: ArticleFilter) {\n    articles(filter: $filter, first: 1) {\n      totalCount\n      edges { node { slug } }\n    }\n  }\n": typeof types.CountedArticlesDocument,
    "\n  query IdsOf {\n    institution(name: \"rutan blora\") { id }\n    person(name: \"Hemu\") { id }\n  }\n": typeof types.IdsOfDocument,
    "\n  query CountedLists {\n    people(first: 1) { totalCount edges { node { name } } }\n    institutions(search: \"rutan\") { totalCount }\n    places { totalCount }\n    institution(name: \"lapas pati\") { articles(first: 1) { totalCount edges { node { slug } } } }\n    person(name: \"Hemu\") { articles(first: 1) { totalCount } }\n  }\n": typeof types.CountedListsDocument,
    "\n  query ChangesForward($size: Int, $cursor: String, $kinds: [ChangeKind!]) {\n    changes(first: $size, after: $cursor, kinds: $kinds) {\n      edges { cursor node { kind } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }": typeof types.ChangesForwardDocument,
    "\n  query ChangesBackward($size: Int, $cursor: String, $kinds: [ChangeKind!]) {\n    changes(last: $size, before: $cursor, kinds: $kinds) {\n      edges { cursor node { kind } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }": typeof types.ChangesBackwardDocument,
    "\n  query PersonCoMentioned($name: String!, $kinds: [CoMentionKind!], $first: Int) {\n    person(name: $name) {\n      coMentioned(kinds: $kinds, first: $first) {\n        node {\n          __typename\n          ... on Person { name }\n          ... on Institution { name }\n          ... on Place { name }\n          ... on Topic { name }\n        }\n        weight\n        score\n        pmi\n        expected\n        nodeArticles\n      }\n    }\n  }\n": typeof types.PersonCoMentionedDocument,
    "\n  query RelatedInstitutions($name: String!) {\n    institution(name: $name) {\n      relatedInstitutions { node { ... on Institution { name } } weight score }\n    }\n  }\n": typeof types.RelatedInstitutionsDocument,
    "\n  query TopicPeople($topic: String!) {\n    articles(filter: { topic: $topic }, first: 1) {\n      edges { node { topics { name people { node { ... on Person { name } } weight score } } } }\n    }\n  }\n": typeof types.TopicPeopleDocument,
    "\n  query PeopleWithPartners($first: Int) {\n    people(first: $first) {\n      edges { node { name coMentioned(first: 5) { node { __typename ... on Person { name } ... on Institution { name } } weight } } }\n    }\n  }\n": typeof types.PeopleWithPartnersDocument,
    "query Light { topics(first: 2) { edges { node { name } } } }": typeof types.LightDocument,
    "query Heavy {\n  events(first: 5) { totalCount edges { node { name host { name } participants { person { name } } } } }\n  person(name: \"Hemu\") { timeline(first: 10) { edges { node { at article { slug } } } } }\n}": typeof types.HeavyDocument,
    "\n  query MonthsOnly($filter: ArticleFilter) {\n    articleFacets(filter: $filter) { months { month count } }\n  }\n": typeof types.MonthsOnlyDocument,
    "\n  query EntityFacets($filter: ArticleFilter, $first: Int) {\n    articleFacets(filter: $filter, first: $first) {\n      total\n      institutions { node { name } count }\n      people { node { name } count }\n      places { node { name } count }\n      topics { node { name } count }\n      months { month count }\n    }\n  }\n": typeof types.EntityFacetsDocument,
    "\n  query Facets($filter: ArticleFilter, $first: Int) {\n    articleFacets(filter: $filter, first: $first) {\n      total\n      institutions { node { name } count }\n      people { node { name } count }\n      places { node { name } count }\n      topics { node { name } count }\n      sources { node { name } count }\n      months { month count }\n    }\n  }\n": typeof types.FacetsDocument,
    "\n  query SearchFacetsFromIndex($filter: ArticleFilter) {\n    articleFacets(filter: $filter, first: 50) {\n      total\n      institutions { node { name } count }\n      people { node { name } count }\n      months { month count }\n    }\n  }\n": typeof types.SearchFacetsFromIndexDocument,
    "\n  query InstitutionPage($name: String!) {\n    institution(name: $name) {\n      id\n      name\n      articles(first: 20) {\n        edges {\n          node {\n            title\n            people {\n              name\n              positions {\n                title\n                institution {\n                  name\n                }\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.InstitutionPageDocument,
    "query PolresId { institution(name: \"Polres Blora\") { id } }": typeof types.PolresIdDocument,
    "query InstitutionParticipation($id: ID!) {\n        neighbors(id: $id, relations: [TOOK_PART]) {\n          nodes { __typename ... on Event { name } }\n          edges { relation weight from { id } to { id } evidence(first: 5) { url } }\n        }\n      }": typeof types.InstitutionParticipationDocument,
    "\n  query Neighbors($id: ID!, $depth: Int, $kinds: [GraphNodeKind!], $relations: [Relation!], $minWeight: Int, $first: Int) {\n    neighbors(id: $id, depth: $depth, kinds: $kinds, relations: $relations, minWeight: $minWeight, first: $first) {\n      nodes {\n        id\n        __typename\n        ... on Person { name }\n        ... on Institution { name }\n        ... on Place { name }\n        ... on Event { name }\n        ... on Product { name }\n      }\n      edges { from { id } to { id } relation weight evidence(first: 5) { slug } }\n    }\n  }\n": typeof types.NeighborsDocument,
    "\n  query NeighborIds {\n    hemu: person(name: \"Hemu\") { id }\n    mardi: person(name: \"Mardi Santoso\") { id }\n    sari: person(name: \"Sari Wulandari\") { id }\n    rutanBlora: institution(name: \"rutan blora\") { id }\n    article: article(slug: \"d-demak\") { id }\n  }\n": typeof types.NeighborIdsDocument,
    "\n  query CappedNeighbors($id: ID!, $depth: Int, $first: Int) {\n    neighbors(id: $id, depth: $depth, first: $first, relations: [CO_MENTIONED]) {\n      nodes { id ... on Person { name } ... on Institution { name } }\n      edges { from { id } to { id } weight evidence(first: 10) { slug } }\n    }\n  }\n": typeof types.CappedNeighborsDocument,
    "\n  query KanwilId {\n    institution(name: \"Kanwil Ditjenpas Jateng\") { id }\n    mardi: person(name: \"Mardi Santoso\") { id }\n    demak: institution(name: \"Rutan Demak\") { id }\n  }\n": typeof types.KanwilIdDocument,
    "\n  query PagesOfNamesOnly {\n    institution(name: \"rutan blora\") {\n      name\n      people(first: 5) { name }\n      articles(first: 5) { edges { node { title people(first: 5) { name positions(first: 5) { title institution { name } } } } } }\n    }\n    person(name: \"Mardi Santoso\") { name positions(first: 5) { title institution { name } } }\n  }": typeof types.PagesOfNamesOnlyDocument,
    "\n  query InstitutionPageCost {\n    institution(name: \"rutan blora\") {\n      name\n      people(first: 5) { name }\n      positions(first: 5) { title }\n      articles(first: 5) { edges { node { title publishedAt people(first: 5) { name positions(first: 5) { title institution { name } } } } } }\n    }\n  }": typeof types.InstitutionPageCostDocument,
    "\n  query PersonPageCost {\n    person(name: \"Mardi Santoso\") {\n      name\n      aliases\n      positions(first: 5) { title institution { name } reports(first: 5) { reportedAt } }\n      articles(first: 5) { edges { node { title publishedAt } } }\n      events(first: 5) { name date }\n      quotes(first: 5) { text }\n    }\n  }": typeof types.PersonPageCostDocument,
    "\n  query Path($from: ID!, $to: ID!, $maxHops: Int, $relations: [Relation!], $first: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops, relations: $relations, first: $first) {\n      length\n      hops {\n        from { id ... on Person { name } ... on Institution { name } ... on Event { name } }\n        to { id ... on Person { name } ... on Institution { name } ... on Event { name } }\n        relation\n        evidence(first: 5) { slug }\n      }\n    }\n  }\n": typeof types.PathDocument,
    "\n  query PathIds {\n    hemu: person(name: \"Hemu\") { id }\n    mardi: person(name: \"Mardi Santoso\") { id }\n    sari: person(name: \"Sari Wulandari\") { id }\n  }\n": typeof types.PathIdsDocument,
    "\n  query Holders($title: String, $at: Date) {\n    institution(name: \"rutan blora\") {\n      positionHolders(title: $title, at: $at) { person { name } title role firstReportedAt lastReportedAt }\n      positionHistory(title: $title) { person { name } firstReportedAt lastReportedAt }\n    }\n  }\n": typeof types.HoldersDocument,
    "\n  query InstitutionByName($name: String!) {\n    institution(name: $name) {\n      id\n      name\n      shortName\n      aliases\n      type\n      parent { name parent { name } children { name } }\n      place { name kind code parent { name } }\n      people { name }\n      events { name date host { name } participants { person { name } role } }\n      products { name category producer { name } }\n      positions { title person { name } }\n    }\n  }\n": typeof types.InstitutionByNameDocument,
    "\n  query PersonPage($name: String!) {\n    person(name: $name) {\n      id\n      name\n      aliases\n      positions {\n        title\n        role\n        institution { name type }\n        firstReportedAt\n        lastReportedAt\n        reportCount\n        reports { title reportedAt article { title } provenance { field start end confidence extractor } }\n      }\n      quotes { text article { title } position { title } provenance { start end } }\n      articles(first: 5) { edges { node { title } } }\n      events { name kind date place { name } host { name } participants { person { name } role } topics { name } }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query ArticleFields($first: Int, $after: String, $filter: ArticleFilter) {\n    articles(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          publishedAt\n          url\n          authors { name }\n          source { name domain }\n          people { name }\n          institutions { name }\n          places { name }\n          events { name host { name } }\n          products { name producer { name } shownAt { name } }\n          quotes { text speaker { name } }\n          topics { name }\n        }\n      }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": typeof types.ArticleFieldsDocument,
    "\n  query Lists($search: String, $type: InstitutionType, $first: Int, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      edges { cursor node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n    institutions(search: $search, type: $type, first: $first) {\n      edges { node { name type } }\n    }\n    places(first: 50) { edges { node { name kind } } }\n  }\n": typeof types.ListsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Person { name }\n      ... on Institution { name }\n      ... on Article { title }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query ArticleLookup($id: ID, $slug: String, $url: URL) {\n    article(id: $id, slug: $slug, url: $url) { title url }\n  }\n": typeof types.ArticleLookupDocument,
    "\n  query RootEvents($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name date host { name } participants { person { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.RootEventsDocument,
    "\n  query RootEvent($id: ID!) { event(id: $id) { name host { name } } }\n": typeof types.RootEventDocument,
    "\n  query RootProducts($filter: ProductFilter, $first: Int) {\n    products(filter: $filter, first: $first) { totalCount edges { node { name category producer { name } } } }\n  }\n": typeof types.RootProductsDocument,
    "\n  query RootQuotes($filter: QuoteFilter, $first: Int) {\n    quotes(filter: $filter, first: $first) { totalCount edges { node { text speaker { name } article { slug } } } }\n  }\n": typeof types.RootQuotesDocument,
    "\n  query RootTopics($search: String, $first: Int, $after: String) {\n    topics(search: $search, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.RootTopicsDocument,
    "\n  query RootPlace($id: ID, $name: String, $kind: PlaceKind) { place(id: $id, name: $name, kind: $kind) { id name kind } }\n": typeof types.RootPlaceDocument,
    "\n  query RootSource($name: String!) { source(name: $name) { name domain } }\n": typeof types.RootSourceDocument,
    "\n  query PersonTimeline($name: String!, $first: Int, $after: String) {\n    person(name: $name) {\n      timeline(first: $first, after: $after) {\n        edges {\n          node {\n            __typename\n            at\n            article { slug }\n            ... on TimelinePosition { position { title institution { name } } }\n            ... on TimelineEvent { event { name } roles }\n            ... on TimelineQuote { quote { text } }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.PersonTimelineDocument,
    "\n  query DeliveriesForward($webhook: ID!, $size: Int, $cursor: String) {\n    webhookDeliveries(webhook: $webhook, first: $size, after: $cursor) {\n      edges { cursor node { error } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }": typeof types.DeliveriesForwardDocument,
    "\n  query DeliveriesBackward($webhook: ID!, $size: Int, $cursor: String) {\n    webhookDeliveries(webhook: $webhook, last: $size, before: $cursor) {\n      edges { cursor node { error } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }": typeof types.DeliveriesBackwardDocument,
    "\n  mutation IngestArticle($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      article { id title url people { name } institutions { name } }\n    }\n  }\n": typeof types.IngestArticleDocument,
    "\n  query AppearsWith($name: String!) {\n    person(name: $name) {\n      appearsWith { person { name positions { title } } sharedArticles }\n    }\n  }\n": typeof types.AppearsWithDocument,
    "\n  query Search($search: String) { articles(filter: { search: $search }, first: 5) { edges { cursor } } }\n": typeof types.SearchDocument,
    "query ArticleBySlug($slug: String) { article(slug: $slug) { id title } }": typeof types.ArticleBySlugDocument,
    "query Node($id: ID!) { node(id: $id) { id } }": typeof types.NodeDocument,
    "\n  mutation IngestForSubscription($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { created article { id title } }\n  }\n": typeof types.IngestForSubscriptionDocument,
    "\n  query PersonIdForSubscription($name: String!) { person(name: $name) { id } }\n": typeof types.PersonIdForSubscriptionDocument,
    "\n  query InstitutionIdForSubscription($name: String!) { institution(name: $name) { id } }\n": typeof types.InstitutionIdForSubscriptionDocument,
    "\n  subscription ArticleAdded($filter: ArticleAddedFilter, $after: String) {\n    articleAdded(filter: $filter, after: $after) { cursor article { id title people { name } } }\n  }\n": typeof types.ArticleAddedDocument,
};
const documents: Documents = {
    "\n  query EventGroups {\n    events(first: 5) { edges { node { groupParticipants { factId label role institution { name } } } } }\n  }\n": types.EventGroupsDocument,
    "mutation RejectGroup($id: ID!) { rejectFact(id: $id) { decision { status kind fact } } }": types.RejectGroupDocument,
    "mutation ConfirmGroup($id: ID!) { confirmFact(id: $id) { decision { status kind } } }": types.ConfirmGroupDocument,
    "\n  query CuratedLabelledQuotes($url: URL!) { article(url: $url) { labelledQuotes { factId text speakerLabel } } }\n": types.CuratedLabelledQuotesDocument,
    "\n  query Changes($after: String, $first: Int, $kinds: [ChangeKind!], $filter: ChangeFilter) {\n    changes(after: $after, first: $first, kinds: $kinds, filter: $filter) {\n      edges {\n        cursor\n        node {\n          kind\n          at\n          cursor\n          changedFields\n          article { url title }\n          person { name }\n          institution { name }\n          position { title }\n        }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.ChangesDocument,
    "\n  subscription GraphChanged($kinds: [ChangeKind!], $filter: ChangeFilter, $after: String) {\n    graphChanged(kinds: $kinds, filter: $filter, after: $after) {\n      cursor kind changedFields article { url title } person { name }\n    }\n  }\n": types.GraphChangedDocument,
    "\n  query MergedChanges($filter: ChangeFilter) {\n    changes(first: 50, kinds: [ARTICLE_ADDED], filter: $filter) { edges { node { article { url } } } }\n  }\n": types.MergedChangesDocument,
    "\n  subscription MergedArticleAdded($filter: ArticleAddedFilter, $after: String) {\n    articleAdded(filter: $filter, after: $after) { cursor article { url } }\n  }\n": types.MergedArticleAddedDocument,
    "\n  mutation RegisterRetainedWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) { secret webhook { id } }\n  }\n": types.RegisterRetainedWebhookDocument,
    "\n  mutation Register($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) { secret webhook { id url kinds cursor } }\n  }\n": types.RegisterDocument,
    "\n  query Deliveries($webhook: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(webhook: $webhook, status: $status, first: $first, after: $after) {\n      edges { cursor node { id cursor status attempts responseStatus error event { kind article { url } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.DeliveriesDocument,
    "\n  mutation Redeliver($id: ID!) { redeliver(id: $id) { id status attempts } }\n": types.RedeliverDocument,
    "\n  query GroupParticipantsOf($url: URL!) {\n    article(url: $url) {\n      events {\n        groupParticipants { label role institution { name } article { url } provenance { start end extractor } }\n        few: groupParticipants(first: 1) { label }\n      }\n    }\n    institution(name: \"rutan demak\") { eventParticipations { label role event { kind } article { url } } }\n  }\n": types.GroupParticipantsOfDocument,
    "\n            query NewFactsPage($first: Int) {\n              articles(first: $first, filter: { search: \"Jajaran Rutan Demak\" }) {\n                edges { node {\n                  publishedDate publishedDatePrecision\n                  labelledQuotes { text speakerLabel provenance { start } }\n                  events { groupParticipants { label role institution { name eventParticipations { label } } article { url } } }\n                } }\n              }\n            }\n          ": types.NewFactsPageDocument,
    "\n  query LabelledQuotesOf($url: URL!) {\n    article(url: $url) {\n      all: labelledQuotes { text speakerLabel article { url } provenance { field start extractor } }\n      one: labelledQuotes(first: 1) { speakerLabel }\n    }\n  }\n": types.LabelledQuotesOfDocument,
    "\n  query DatedArticle($url: URL!) {\n    article(url: $url) { publishedAt publishedDate publishedDatePrecision }\n  }\n": types.DatedArticleDocument,
    "\n  query ArticleByUrl($url: URL!) {\n    article(url: $url) { title url }\n  }\n": types.ArticleByUrlDocument,
    "\n  query FilteredArticles($filter: ArticleFilter, $orderBy: ArticleOrder, $first: Int, $after: String) {\n    articles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges { cursor node { slug } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.FilteredArticlesDocument,
    "\n  query CountedArticles($filter: ArticleFilter) {\n    articles(filter: $filter, first: 1) {\n      totalCount\n      edges { node { slug } }\n    }\n  }\n": types.CountedArticlesDocument,
    "\n  query IdsOf {\n    institution(name: \"rutan blora\") { id }\n    person(name: \"Hemu\") { id }\n  }\n": types.IdsOfDocument,
    "\n  query CountedLists {\n    people(first: 1) { totalCount edges { node { name } } }\n    institutions(search: \"rutan\") { totalCount }\n    places { totalCount }\n    institution(name: \"lapas pati\") { articles(first: 1) { totalCount edges { node { slug } } } }\n    person(name: \"Hemu\") { articles(first: 1) { totalCount } }\n  }\n": types.CountedListsDocument,
    "\n  query ChangesForward($size: Int, $cursor: String, $kinds: [ChangeKind!]) {\n    changes(first: $size, after: $cursor, kinds: $kinds) {\n      edges { cursor node { kind } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }": types.ChangesForwardDocument,
    "\n  query ChangesBackward($size: Int, $cursor: String, $kinds: [ChangeKind!]) {\n    changes(last: $size, before: $cursor, kinds: $kinds) {\n      edges { cursor node { kind } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }": types.ChangesBackwardDocument,
    "\n  query PersonCoMentioned($name: String!, $kinds: [CoMentionKind!], $first: Int) {\n    person(name: $name) {\n      coMentioned(kinds: $kinds, first: $first) {\n        node {\n          __typename\n          ... on Person { name }\n          ... on Institution { name }\n          ... on Place { name }\n          ... on Topic { name }\n        }\n        weight\n        score\n        pmi\n        expected\n        nodeArticles\n      }\n    }\n  }\n": types.PersonCoMentionedDocument,
    "\n  query RelatedInstitutions($name: String!) {\n    institution(name: $name) {\n      relatedInstitutions { node { ... on Institution { name } } weight score }\n    }\n  }\n": types.RelatedInstitutionsDocument,
    "\n  query TopicPeople($topic: String!) {\n    articles(filter: { topic: $topic }, first: 1) {\n      edges { node { topics { name people { node { ... on Person { name } } weight score } } } }\n    }\n  }\n": types.TopicPeopleDocument,
    "\n  query PeopleWithPartners($first: Int) {\n    people(first: $first) {\n      edges { node { name coMentioned(first: 5) { node { __typename ... on Person { name } ... on Institution { name } } weight } } }\n    }\n  }\n": types.PeopleWithPartnersDocument,
    "query Light { topics(first: 2) { edges { node { name } } } }": types.LightDocument,
    "query Heavy {\n  events(first: 5) { totalCount edges { node { name host { name } participants { person { name } } } } }\n  person(name: \"Hemu\") { timeline(first: 10) { edges { node { at article { slug } } } } }\n}": types.HeavyDocument,
    "\n  query MonthsOnly($filter: ArticleFilter) {\n    articleFacets(filter: $filter) { months { month count } }\n  }\n": types.MonthsOnlyDocument,
    "\n  query EntityFacets($filter: ArticleFilter, $first: Int) {\n    articleFacets(filter: $filter, first: $first) {\n      total\n      institutions { node { name } count }\n      people { node { name } count }\n      places { node { name } count }\n      topics { node { name } count }\n      months { month count }\n    }\n  }\n": types.EntityFacetsDocument,
    "\n  query Facets($filter: ArticleFilter, $first: Int) {\n    articleFacets(filter: $filter, first: $first) {\n      total\n      institutions { node { name } count }\n      people { node { name } count }\n      places { node { name } count }\n      topics { node { name } count }\n      sources { node { name } count }\n      months { month count }\n    }\n  }\n": types.FacetsDocument,
    "\n  query SearchFacetsFromIndex($filter: ArticleFilter) {\n    articleFacets(filter: $filter, first: 50) {\n      total\n      institutions { node { name } count }\n      people { node { name } count }\n      months { month count }\n    }\n  }\n": types.SearchFacetsFromIndexDocument,
    "\n  query InstitutionPage($name: String!) {\n    institution(name: $name) {\n      id\n      name\n      articles(first: 20) {\n        edges {\n          node {\n            title\n            people {\n              name\n              positions {\n                title\n                institution {\n                  name\n                }\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.InstitutionPageDocument,
    "query PolresId { institution(name: \"Polres Blora\") { id } }": types.PolresIdDocument,
    "query InstitutionParticipation($id: ID!) {\n        neighbors(id: $id, relations: [TOOK_PART]) {\n          nodes { __typename ... on Event { name } }\n          edges { relation weight from { id } to { id } evidence(first: 5) { url } }\n        }\n      }": types.InstitutionParticipationDocument,
    "\n  query Neighbors($id: ID!, $depth: Int, $kinds: [GraphNodeKind!], $relations: [Relation!], $minWeight: Int, $first: Int) {\n    neighbors(id: $id, depth: $depth, kinds: $kinds, relations: $relations, minWeight: $minWeight, first: $first) {\n      nodes {\n        id\n        __typename\n        ... on Person { name }\n        ... on Institution { name }\n        ... on Place { name }\n        ... on Event { name }\n        ... on Product { name }\n      }\n      edges { from { id } to { id } relation weight evidence(first: 5) { slug } }\n    }\n  }\n": types.NeighborsDocument,
    "\n  query NeighborIds {\n    hemu: person(name: \"Hemu\") { id }\n    mardi: person(name: \"Mardi Santoso\") { id }\n    sari: person(name: \"Sari Wulandari\") { id }\n    rutanBlora: institution(name: \"rutan blora\") { id }\n    article: article(slug: \"d-demak\") { id }\n  }\n": types.NeighborIdsDocument,
    "\n  query CappedNeighbors($id: ID!, $depth: Int, $first: Int) {\n    neighbors(id: $id, depth: $depth, first: $first, relations: [CO_MENTIONED]) {\n      nodes { id ... on Person { name } ... on Institution { name } }\n      edges { from { id } to { id } weight evidence(first: 10) { slug } }\n    }\n  }\n": types.CappedNeighborsDocument,
    "\n  query KanwilId {\n    institution(name: \"Kanwil Ditjenpas Jateng\") { id }\n    mardi: person(name: \"Mardi Santoso\") { id }\n    demak: institution(name: \"Rutan Demak\") { id }\n  }\n": types.KanwilIdDocument,
    "\n  query PagesOfNamesOnly {\n    institution(name: \"rutan blora\") {\n      name\n      people(first: 5) { name }\n      articles(first: 5) { edges { node { title people(first: 5) { name positions(first: 5) { title institution { name } } } } } }\n    }\n    person(name: \"Mardi Santoso\") { name positions(first: 5) { title institution { name } } }\n  }": types.PagesOfNamesOnlyDocument,
    "\n  query InstitutionPageCost {\n    institution(name: \"rutan blora\") {\n      name\n      people(first: 5) { name }\n      positions(first: 5) { title }\n      articles(first: 5) { edges { node { title publishedAt people(first: 5) { name positions(first: 5) { title institution { name } } } } } }\n    }\n  }": types.InstitutionPageCostDocument,
    "\n  query PersonPageCost {\n    person(name: \"Mardi Santoso\") {\n      name\n      aliases\n      positions(first: 5) { title institution { name } reports(first: 5) { reportedAt } }\n      articles(first: 5) { edges { node { title publishedAt } } }\n      events(first: 5) { name date }\n      quotes(first: 5) { text }\n    }\n  }": types.PersonPageCostDocument,
    "\n  query Path($from: ID!, $to: ID!, $maxHops: Int, $relations: [Relation!], $first: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops, relations: $relations, first: $first) {\n      length\n      hops {\n        from { id ... on Person { name } ... on Institution { name } ... on Event { name } }\n        to { id ... on Person { name } ... on Institution { name } ... on Event { name } }\n        relation\n        evidence(first: 5) { slug }\n      }\n    }\n  }\n": types.PathDocument,
    "\n  query PathIds {\n    hemu: person(name: \"Hemu\") { id }\n    mardi: person(name: \"Mardi Santoso\") { id }\n    sari: person(name: \"Sari Wulandari\") { id }\n  }\n": types.PathIdsDocument,
    "\n  query Holders($title: String, $at: Date) {\n    institution(name: \"rutan blora\") {\n      positionHolders(title: $title, at: $at) { person { name } title role firstReportedAt lastReportedAt }\n      positionHistory(title: $title) { person { name } firstReportedAt lastReportedAt }\n    }\n  }\n": types.HoldersDocument,
    "\n  query InstitutionByName($name: String!) {\n    institution(name: $name) {\n      id\n      name\n      shortName\n      aliases\n      type\n      parent { name parent { name } children { name } }\n      place { name kind code parent { name } }\n      people { name }\n      events { name date host { name } participants { person { name } role } }\n      products { name category producer { name } }\n      positions { title person { name } }\n    }\n  }\n": types.InstitutionByNameDocument,
    "\n  query PersonPage($name: String!) {\n    person(name: $name) {\n      id\n      name\n      aliases\n      positions {\n        title\n        role\n        institution { name type }\n        firstReportedAt\n        lastReportedAt\n        reportCount\n        reports { title reportedAt article { title } provenance { field start end confidence extractor } }\n      }\n      quotes { text article { title } position { title } provenance { start end } }\n      articles(first: 5) { edges { node { title } } }\n      events { name kind date place { name } host { name } participants { person { name } role } topics { name } }\n    }\n  }\n": types.PersonPageDocument,
    "\n  query ArticleFields($first: Int, $after: String, $filter: ArticleFilter) {\n    articles(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          publishedAt\n          url\n          authors { name }\n          source { name domain }\n          people { name }\n          institutions { name }\n          places { name }\n          events { name host { name } }\n          products { name producer { name } shownAt { name } }\n          quotes { text speaker { name } }\n          topics { name }\n        }\n      }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n": types.ArticleFieldsDocument,
    "\n  query Lists($search: String, $type: InstitutionType, $first: Int, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      edges { cursor node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n    institutions(search: $search, type: $type, first: $first) {\n      edges { node { name type } }\n    }\n    places(first: 50) { edges { node { name kind } } }\n  }\n": types.ListsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Person { name }\n      ... on Institution { name }\n      ... on Article { title }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query ArticleLookup($id: ID, $slug: String, $url: URL) {\n    article(id: $id, slug: $slug, url: $url) { title url }\n  }\n": types.ArticleLookupDocument,
    "\n  query RootEvents($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name date host { name } participants { person { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.RootEventsDocument,
    "\n  query RootEvent($id: ID!) { event(id: $id) { name host { name } } }\n": types.RootEventDocument,
    "\n  query RootProducts($filter: ProductFilter, $first: Int) {\n    products(filter: $filter, first: $first) { totalCount edges { node { name category producer { name } } } }\n  }\n": types.RootProductsDocument,
    "\n  query RootQuotes($filter: QuoteFilter, $first: Int) {\n    quotes(filter: $filter, first: $first) { totalCount edges { node { text speaker { name } article { slug } } } }\n  }\n": types.RootQuotesDocument,
    "\n  query RootTopics($search: String, $first: Int, $after: String) {\n    topics(search: $search, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.RootTopicsDocument,
    "\n  query RootPlace($id: ID, $name: String, $kind: PlaceKind) { place(id: $id, name: $name, kind: $kind) { id name kind } }\n": types.RootPlaceDocument,
    "\n  query RootSource($name: String!) { source(name: $name) { name domain } }\n": types.RootSourceDocument,
    "\n  query PersonTimeline($name: String!, $first: Int, $after: String) {\n    person(name: $name) {\n      timeline(first: $first, after: $after) {\n        edges {\n          node {\n            __typename\n            at\n            article { slug }\n            ... on TimelinePosition { position { title institution { name } } }\n            ... on TimelineEvent { event { name } roles }\n            ... on TimelineQuote { quote { text } }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.PersonTimelineDocument,
    "\n  query DeliveriesForward($webhook: ID!, $size: Int, $cursor: String) {\n    webhookDeliveries(webhook: $webhook, first: $size, after: $cursor) {\n      edges { cursor node { error } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }": types.DeliveriesForwardDocument,
    "\n  query DeliveriesBackward($webhook: ID!, $size: Int, $cursor: String) {\n    webhookDeliveries(webhook: $webhook, last: $size, before: $cursor) {\n      edges { cursor node { error } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }": types.DeliveriesBackwardDocument,
    "\n  mutation IngestArticle($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      article { id title url people { name } institutions { name } }\n    }\n  }\n": types.IngestArticleDocument,
    "\n  query AppearsWith($name: String!) {\n    person(name: $name) {\n      appearsWith { person { name positions { title } } sharedArticles }\n    }\n  }\n": types.AppearsWithDocument,
    "\n  query Search($search: String) { articles(filter: { search: $search }, first: 5) { edges { cursor } } }\n": types.SearchDocument,
    "query ArticleBySlug($slug: String) { article(slug: $slug) { id title } }": types.ArticleBySlugDocument,
    "query Node($id: ID!) { node(id: $id) { id } }": types.NodeDocument,
    "\n  mutation IngestForSubscription($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { created article { id title } }\n  }\n": types.IngestForSubscriptionDocument,
    "\n  query PersonIdForSubscription($name: String!) { person(name: $name) { id } }\n": types.PersonIdForSubscriptionDocument,
    "\n  query InstitutionIdForSubscription($name: String!) { institution(name: $name) { id } }\n": types.InstitutionIdForSubscriptionDocument,
    "\n  subscription ArticleAdded($filter: ArticleAddedFilter, $after: String) {\n    articleAdded(filter: $filter, after: $after) { cursor article { id title people { name } } }\n  }\n": types.ArticleAddedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventGroups {\n    events(first: 5) { edges { node { groupParticipants { factId label role institution { name } } } } }\n  }\n"): (typeof documents)["\n  query EventGroups {\n    events(first: 5) { edges { node { groupParticipants { factId label role institution { name } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectGroup($id: ID!) { rejectFact(id: $id) { decision { status kind fact } } }"): (typeof documents)["mutation RejectGroup($id: ID!) { rejectFact(id: $id) { decision { status kind fact } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmGroup($id: ID!) { confirmFact(id: $id) { decision { status kind } } }"): (typeof documents)["mutation ConfirmGroup($id: ID!) { confirmFact(id: $id) { decision { status kind } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CuratedLabelledQuotes($url: URL!) { article(url: $url) { labelledQuotes { factId text speakerLabel } } }\n"): (typeof documents)["\n  query CuratedLabelledQuotes($url: URL!) { article(url: $url) { labelledQuotes { factId text speakerLabel } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Changes($after: String, $first: Int, $kinds: [ChangeKind!], $filter: ChangeFilter) {\n    changes(after: $after, first: $first, kinds: $kinds, filter: $filter) {\n      edges {\n        cursor\n        node {\n          kind\n          at\n          cursor\n          changedFields\n          article { url title }\n          person { name }\n          institution { name }\n          position { title }\n        }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query Changes($after: String, $first: Int, $kinds: [ChangeKind!], $filter: ChangeFilter) {\n    changes(after: $after, first: $first, kinds: $kinds, filter: $filter) {\n      edges {\n        cursor\n        node {\n          kind\n          at\n          cursor\n          changedFields\n          article { url title }\n          person { name }\n          institution { name }\n          position { title }\n        }\n      }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GraphChanged($kinds: [ChangeKind!], $filter: ChangeFilter, $after: String) {\n    graphChanged(kinds: $kinds, filter: $filter, after: $after) {\n      cursor kind changedFields article { url title } person { name }\n    }\n  }\n"): (typeof documents)["\n  subscription GraphChanged($kinds: [ChangeKind!], $filter: ChangeFilter, $after: String) {\n    graphChanged(kinds: $kinds, filter: $filter, after: $after) {\n      cursor kind changedFields article { url title } person { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergedChanges($filter: ChangeFilter) {\n    changes(first: 50, kinds: [ARTICLE_ADDED], filter: $filter) { edges { node { article { url } } } }\n  }\n"): (typeof documents)["\n  query MergedChanges($filter: ChangeFilter) {\n    changes(first: 50, kinds: [ARTICLE_ADDED], filter: $filter) { edges { node { article { url } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MergedArticleAdded($filter: ArticleAddedFilter, $after: String) {\n    articleAdded(filter: $filter, after: $after) { cursor article { url } }\n  }\n"): (typeof documents)["\n  subscription MergedArticleAdded($filter: ArticleAddedFilter, $after: String) {\n    articleAdded(filter: $filter, after: $after) { cursor article { url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterRetainedWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) { secret webhook { id } }\n  }\n"): (typeof documents)["\n  mutation RegisterRetainedWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) { secret webhook { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) { secret webhook { id url kinds cursor } }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) { secret webhook { id url kinds cursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deliveries($webhook: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(webhook: $webhook, status: $status, first: $first, after: $after) {\n      edges { cursor node { id cursor status attempts responseStatus error event { kind article { url } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Deliveries($webhook: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(webhook: $webhook, status: $status, first: $first, after: $after) {\n      edges { cursor node { id cursor status attempts responseStatus error event { kind article { url } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Redeliver($id: ID!) { redeliver(id: $id) { id status attempts } }\n"): (typeof documents)["\n  mutation Redeliver($id: ID!) { redeliver(id: $id) { id status attempts } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupParticipantsOf($url: URL!) {\n    article(url: $url) {\n      events {\n        groupParticipants { label role institution { name } article { url } provenance { start end extractor } }\n        few: groupParticipants(first: 1) { label }\n      }\n    }\n    institution(name: \"rutan demak\") { eventParticipations { label role event { kind } article { url } } }\n  }\n"): (typeof documents)["\n  query GroupParticipantsOf($url: URL!) {\n    article(url: $url) {\n      events {\n        groupParticipants { label role institution { name } article { url } provenance { start end extractor } }\n        few: groupParticipants(first: 1) { label }\n      }\n    }\n    institution(name: \"rutan demak\") { eventParticipations { label role event { kind } article { url } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query NewFactsPage($first: Int) {\n              articles(first: $first, filter: { search: \"Jajaran Rutan Demak\" }) {\n                edges { node {\n                  publishedDate publishedDatePrecision\n                  labelledQuotes { text speakerLabel provenance { start } }\n                  events { groupParticipants { label role institution { name eventParticipations { label } } article { url } } }\n                } }\n              }\n            }\n          "): (typeof documents)["\n            query NewFactsPage($first: Int) {\n              articles(first: $first, filter: { search: \"Jajaran Rutan Demak\" }) {\n                edges { node {\n                  publishedDate publishedDatePrecision\n                  labelledQuotes { text speakerLabel provenance { start } }\n                  events { groupParticipants { label role institution { name eventParticipations { label } } article { url } } }\n                } }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabelledQuotesOf($url: URL!) {\n    article(url: $url) {\n      all: labelledQuotes { text speakerLabel article { url } provenance { field start extractor } }\n      one: labelledQuotes(first: 1) { speakerLabel }\n    }\n  }\n"): (typeof documents)["\n  query LabelledQuotesOf($url: URL!) {\n    article(url: $url) {\n      all: labelledQuotes { text speakerLabel article { url } provenance { field start extractor } }\n      one: labelledQuotes(first: 1) { speakerLabel }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatedArticle($url: URL!) {\n    article(url: $url) { publishedAt publishedDate publishedDatePrecision }\n  }\n"): (typeof documents)["\n  query DatedArticle($url: URL!) {\n    article(url: $url) { publishedAt publishedDate publishedDatePrecision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleByUrl($url: URL!) {\n    article(url: $url) { title url }\n  }\n"): (typeof documents)["\n  query ArticleByUrl($url: URL!) {\n    article(url: $url) { title url }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredArticles($filter: ArticleFilter, $orderBy: ArticleOrder, $first: Int, $after: String) {\n    articles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges { cursor node { slug } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query FilteredArticles($filter: ArticleFilter, $orderBy: ArticleOrder, $first: Int, $after: String) {\n    articles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges { cursor node { slug } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountedArticles($filter: ArticleFilter) {\n    articles(filter: $filter, first: 1) {\n      totalCount\n      edges { node { slug } }\n    }\n  }\n"): (typeof documents)["\n  query CountedArticles($filter: ArticleFilter) {\n    articles(filter: $filter, first: 1) {\n      totalCount\n      edges { node { slug } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdsOf {\n    institution(name: \"rutan blora\") { id }\n    person(name: \"Hemu\") { id }\n  }\n"): (typeof documents)["\n  query IdsOf {\n    institution(name: \"rutan blora\") { id }\n    person(name: \"Hemu\") { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountedLists {\n    people(first: 1) { totalCount edges { node { name } } }\n    institutions(search: \"rutan\") { totalCount }\n    places { totalCount }\n    institution(name: \"lapas pati\") { articles(first: 1) { totalCount edges { node { slug } } } }\n    person(name: \"Hemu\") { articles(first: 1) { totalCount } }\n  }\n"): (typeof documents)["\n  query CountedLists {\n    people(first: 1) { totalCount edges { node { name } } }\n    institutions(search: \"rutan\") { totalCount }\n    places { totalCount }\n    institution(name: \"lapas pati\") { articles(first: 1) { totalCount edges { node { slug } } } }\n    person(name: \"Hemu\") { articles(first: 1) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesForward($size: Int, $cursor: String, $kinds: [ChangeKind!]) {\n    changes(first: $size, after: $cursor, kinds: $kinds) {\n      edges { cursor node { kind } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }"): (typeof documents)["\n  query ChangesForward($size: Int, $cursor: String, $kinds: [ChangeKind!]) {\n    changes(first: $size, after: $cursor, kinds: $kinds) {\n      edges { cursor node { kind } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesBackward($size: Int, $cursor: String, $kinds: [ChangeKind!]) {\n    changes(last: $size, before: $cursor, kinds: $kinds) {\n      edges { cursor node { kind } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }"): (typeof documents)["\n  query ChangesBackward($size: Int, $cursor: String, $kinds: [ChangeKind!]) {\n    changes(last: $size, before: $cursor, kinds: $kinds) {\n      edges { cursor node { kind } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonCoMentioned($name: String!, $kinds: [CoMentionKind!], $first: Int) {\n    person(name: $name) {\n      coMentioned(kinds: $kinds, first: $first) {\n        node {\n          __typename\n          ... on Person { name }\n          ... on Institution { name }\n          ... on Place { name }\n          ... on Topic { name }\n        }\n        weight\n        score\n        pmi\n        expected\n        nodeArticles\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonCoMentioned($name: String!, $kinds: [CoMentionKind!], $first: Int) {\n    person(name: $name) {\n      coMentioned(kinds: $kinds, first: $first) {\n        node {\n          __typename\n          ... on Person { name }\n          ... on Institution { name }\n          ... on Place { name }\n          ... on Topic { name }\n        }\n        weight\n        score\n        pmi\n        expected\n        nodeArticles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelatedInstitutions($name: String!) {\n    institution(name: $name) {\n      relatedInstitutions { node { ... on Institution { name } } weight score }\n    }\n  }\n"): (typeof documents)["\n  query RelatedInstitutions($name: String!) {\n    institution(name: $name) {\n      relatedInstitutions { node { ... on Institution { name } } weight score }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicPeople($topic: String!) {\n    articles(filter: { topic: $topic }, first: 1) {\n      edges { node { topics { name people { node { ... on Person { name } } weight score } } } }\n    }\n  }\n"): (typeof documents)["\n  query TopicPeople($topic: String!) {\n    articles(filter: { topic: $topic }, first: 1) {\n      edges { node { topics { name people { node { ... on Person { name } } weight score } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleWithPartners($first: Int) {\n    people(first: $first) {\n      edges { node { name coMentioned(first: 5) { node { __typename ... on Person { name } ... on Institution { name } } weight } } }\n    }\n  }\n"): (typeof documents)["\n  query PeopleWithPartners($first: Int) {\n    people(first: $first) {\n      edges { node { name coMentioned(first: 5) { node { __typename ... on Person { name } ... on Institution { name } } weight } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Light { topics(first: 2) { edges { node { name } } } }"): (typeof documents)["query Light { topics(first: 2) { edges { node { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Heavy {\n  events(first: 5) { totalCount edges { node { name host { name } participants { person { name } } } } }\n  person(name: \"Hemu\") { timeline(first: 10) { edges { node { at article { slug } } } } }\n}"): (typeof documents)["query Heavy {\n  events(first: 5) { totalCount edges { node { name host { name } participants { person { name } } } } }\n  person(name: \"Hemu\") { timeline(first: 10) { edges { node { at article { slug } } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthsOnly($filter: ArticleFilter) {\n    articleFacets(filter: $filter) { months { month count } }\n  }\n"): (typeof documents)["\n  query MonthsOnly($filter: ArticleFilter) {\n    articleFacets(filter: $filter) { months { month count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityFacets($filter: ArticleFilter, $first: Int) {\n    articleFacets(filter: $filter, first: $first) {\n      total\n      institutions { node { name } count }\n      people { node { name } count }\n      places { node { name } count }\n      topics { node { name } count }\n      months { month count }\n    }\n  }\n"): (typeof documents)["\n  query EntityFacets($filter: ArticleFilter, $first: Int) {\n    articleFacets(filter: $filter, first: $first) {\n      total\n      institutions { node { name } count }\n      people { node { name } count }\n      places { node { name } count }\n      topics { node { name } count }\n      months { month count }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Facets($filter: ArticleFilter, $first: Int) {\n    articleFacets(filter: $filter, first: $first) {\n      total\n      institutions { node { name } count }\n      people { node { name } count }\n      places { node { name } count }\n      topics { node { name } count }\n      sources { node { name } count }\n      months { month count }\n    }\n  }\n"): (typeof documents)["\n  query Facets($filter: ArticleFilter, $first: Int) {\n    articleFacets(filter: $filter, first: $first) {\n      total\n      institutions { node { name } count }\n      people { node { name } count }\n      places { node { name } count }\n      topics { node { name } count }\n      sources { node { name } count }\n      months { month count }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFacetsFromIndex($filter: ArticleFilter) {\n    articleFacets(filter: $filter, first: 50) {\n      total\n      institutions { node { name } count }\n      people { node { name } count }\n      months { month count }\n    }\n  }\n"): (typeof documents)["\n  query SearchFacetsFromIndex($filter: ArticleFilter) {\n    articleFacets(filter: $filter, first: 50) {\n      total\n      institutions { node { name } count }\n      people { node { name } count }\n      months { month count }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionPage($name: String!) {\n    institution(name: $name) {\n      id\n      name\n      articles(first: 20) {\n        edges {\n          node {\n            title\n            people {\n              name\n              positions {\n                title\n                institution {\n                  name\n                }\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstitutionPage($name: String!) {\n    institution(name: $name) {\n      id\n      name\n      articles(first: 20) {\n        edges {\n          node {\n            title\n            people {\n              name\n              positions {\n                title\n                institution {\n                  name\n                }\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PolresId { institution(name: \"Polres Blora\") { id } }"): (typeof documents)["query PolresId { institution(name: \"Polres Blora\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstitutionParticipation($id: ID!) {\n        neighbors(id: $id, relations: [TOOK_PART]) {\n          nodes { __typename ... on Event { name } }\n          edges { relation weight from { id } to { id } evidence(first: 5) { url } }\n        }\n      }"): (typeof documents)["query InstitutionParticipation($id: ID!) {\n        neighbors(id: $id, relations: [TOOK_PART]) {\n          nodes { __typename ... on Event { name } }\n          edges { relation weight from { id } to { id } evidence(first: 5) { url } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbors($id: ID!, $depth: Int, $kinds: [GraphNodeKind!], $relations: [Relation!], $minWeight: Int, $first: Int) {\n    neighbors(id: $id, depth: $depth, kinds: $kinds, relations: $relations, minWeight: $minWeight, first: $first) {\n      nodes {\n        id\n        __typename\n        ... on Person { name }\n        ... on Institution { name }\n        ... on Place { name }\n        ... on Event { name }\n        ... on Product { name }\n      }\n      edges { from { id } to { id } relation weight evidence(first: 5) { slug } }\n    }\n  }\n"): (typeof documents)["\n  query Neighbors($id: ID!, $depth: Int, $kinds: [GraphNodeKind!], $relations: [Relation!], $minWeight: Int, $first: Int) {\n    neighbors(id: $id, depth: $depth, kinds: $kinds, relations: $relations, minWeight: $minWeight, first: $first) {\n      nodes {\n        id\n        __typename\n        ... on Person { name }\n        ... on Institution { name }\n        ... on Place { name }\n        ... on Event { name }\n        ... on Product { name }\n      }\n      edges { from { id } to { id } relation weight evidence(first: 5) { slug } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighborIds {\n    hemu: person(name: \"Hemu\") { id }\n    mardi: person(name: \"Mardi Santoso\") { id }\n    sari: person(name: \"Sari Wulandari\") { id }\n    rutanBlora: institution(name: \"rutan blora\") { id }\n    article: article(slug: \"d-demak\") { id }\n  }\n"): (typeof documents)["\n  query NeighborIds {\n    hemu: person(name: \"Hemu\") { id }\n    mardi: person(name: \"Mardi Santoso\") { id }\n    sari: person(name: \"Sari Wulandari\") { id }\n    rutanBlora: institution(name: \"rutan blora\") { id }\n    article: article(slug: \"d-demak\") { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CappedNeighbors($id: ID!, $depth: Int, $first: Int) {\n    neighbors(id: $id, depth: $depth, first: $first, relations: [CO_MENTIONED]) {\n      nodes { id ... on Person { name } ... on Institution { name } }\n      edges { from { id } to { id } weight evidence(first: 10) { slug } }\n    }\n  }\n"): (typeof documents)["\n  query CappedNeighbors($id: ID!, $depth: Int, $first: Int) {\n    neighbors(id: $id, depth: $depth, first: $first, relations: [CO_MENTIONED]) {\n      nodes { id ... on Person { name } ... on Institution { name } }\n      edges { from { id } to { id } weight evidence(first: 10) { slug } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KanwilId {\n    institution(name: \"Kanwil Ditjenpas Jateng\") { id }\n    mardi: person(name: \"Mardi Santoso\") { id }\n    demak: institution(name: \"Rutan Demak\") { id }\n  }\n"): (typeof documents)["\n  query KanwilId {\n    institution(name: \"Kanwil Ditjenpas Jateng\") { id }\n    mardi: person(name: \"Mardi Santoso\") { id }\n    demak: institution(name: \"Rutan Demak\") { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagesOfNamesOnly {\n    institution(name: \"rutan blora\") {\n      name\n      people(first: 5) { name }\n      articles(first: 5) { edges { node { title people(first: 5) { name positions(first: 5) { title institution { name } } } } } }\n    }\n    person(name: \"Mardi Santoso\") { name positions(first: 5) { title institution { name } } }\n  }"): (typeof documents)["\n  query PagesOfNamesOnly {\n    institution(name: \"rutan blora\") {\n      name\n      people(first: 5) { name }\n      articles(first: 5) { edges { node { title people(first: 5) { name positions(first: 5) { title institution { name } } } } } }\n    }\n    person(name: \"Mardi Santoso\") { name positions(first: 5) { title institution { name } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionPageCost {\n    institution(name: \"rutan blora\") {\n      name\n      people(first: 5) { name }\n      positions(first: 5) { title }\n      articles(first: 5) { edges { node { title publishedAt people(first: 5) { name positions(first: 5) { title institution { name } } } } } }\n    }\n  }"): (typeof documents)["\n  query InstitutionPageCost {\n    institution(name: \"rutan blora\") {\n      name\n      people(first: 5) { name }\n      positions(first: 5) { title }\n      articles(first: 5) { edges { node { title publishedAt people(first: 5) { name positions(first: 5) { title institution { name } } } } } }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPageCost {\n    person(name: \"Mardi Santoso\") {\n      name\n      aliases\n      positions(first: 5) { title institution { name } reports(first: 5) { reportedAt } }\n      articles(first: 5) { edges { node { title publishedAt } } }\n      events(first: 5) { name date }\n      quotes(first: 5) { text }\n    }\n  }"): (typeof documents)["\n  query PersonPageCost {\n    person(name: \"Mardi Santoso\") {\n      name\n      aliases\n      positions(first: 5) { title institution { name } reports(first: 5) { reportedAt } }\n      articles(first: 5) { edges { node { title publishedAt } } }\n      events(first: 5) { name date }\n      quotes(first: 5) { text }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Path($from: ID!, $to: ID!, $maxHops: Int, $relations: [Relation!], $first: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops, relations: $relations, first: $first) {\n      length\n      hops {\n        from { id ... on Person { name } ... on Institution { name } ... on Event { name } }\n        to { id ... on Person { name } ... on Institution { name } ... on Event { name } }\n        relation\n        evidence(first: 5) { slug }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Path($from: ID!, $to: ID!, $maxHops: Int, $relations: [Relation!], $first: Int) {\n    path(from: $from, to: $to, maxHops: $maxHops, relations: $relations, first: $first) {\n      length\n      hops {\n        from { id ... on Person { name } ... on Institution { name } ... on Event { name } }\n        to { id ... on Person { name } ... on Institution { name } ... on Event { name } }\n        relation\n        evidence(first: 5) { slug }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathIds {\n    hemu: person(name: \"Hemu\") { id }\n    mardi: person(name: \"Mardi Santoso\") { id }\n    sari: person(name: \"Sari Wulandari\") { id }\n  }\n"): (typeof documents)["\n  query PathIds {\n    hemu: person(name: \"Hemu\") { id }\n    mardi: person(name: \"Mardi Santoso\") { id }\n    sari: person(name: \"Sari Wulandari\") { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Holders($title: String, $at: Date) {\n    institution(name: \"rutan blora\") {\n      positionHolders(title: $title, at: $at) { person { name } title role firstReportedAt lastReportedAt }\n      positionHistory(title: $title) { person { name } firstReportedAt lastReportedAt }\n    }\n  }\n"): (typeof documents)["\n  query Holders($title: String, $at: Date) {\n    institution(name: \"rutan blora\") {\n      positionHolders(title: $title, at: $at) { person { name } title role firstReportedAt lastReportedAt }\n      positionHistory(title: $title) { person { name } firstReportedAt lastReportedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionByName($name: String!) {\n    institution(name: $name) {\n      id\n      name\n      shortName\n      aliases\n      type\n      parent { name parent { name } children { name } }\n      place { name kind code parent { name } }\n      people { name }\n      events { name date host { name } participants { person { name } role } }\n      products { name category producer { name } }\n      positions { title person { name } }\n    }\n  }\n"): (typeof documents)["\n  query InstitutionByName($name: String!) {\n    institution(name: $name) {\n      id\n      name\n      shortName\n      aliases\n      type\n      parent { name parent { name } children { name } }\n      place { name kind code parent { name } }\n      people { name }\n      events { name date host { name } participants { person { name } role } }\n      products { name category producer { name } }\n      positions { title person { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($name: String!) {\n    person(name: $name) {\n      id\n      name\n      aliases\n      positions {\n        title\n        role\n        institution { name type }\n        firstReportedAt\n        lastReportedAt\n        reportCount\n        reports { title reportedAt article { title } provenance { field start end confidence extractor } }\n      }\n      quotes { text article { title } position { title } provenance { start end } }\n      articles(first: 5) { edges { node { title } } }\n      events { name kind date place { name } host { name } participants { person { name } role } topics { name } }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($name: String!) {\n    person(name: $name) {\n      id\n      name\n      aliases\n      positions {\n        title\n        role\n        institution { name type }\n        firstReportedAt\n        lastReportedAt\n        reportCount\n        reports { title reportedAt article { title } provenance { field start end confidence extractor } }\n      }\n      quotes { text article { title } position { title } provenance { start end } }\n      articles(first: 5) { edges { node { title } } }\n      events { name kind date place { name } host { name } participants { person { name } role } topics { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleFields($first: Int, $after: String, $filter: ArticleFilter) {\n    articles(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          publishedAt\n          url\n          authors { name }\n          source { name domain }\n          people { name }\n          institutions { name }\n          places { name }\n          events { name host { name } }\n          products { name producer { name } shownAt { name } }\n          quotes { text speaker { name } }\n          topics { name }\n        }\n      }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ArticleFields($first: Int, $after: String, $filter: ArticleFilter) {\n    articles(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          publishedAt\n          url\n          authors { name }\n          source { name domain }\n          people { name }\n          institutions { name }\n          places { name }\n          events { name host { name } }\n          products { name producer { name } shownAt { name } }\n          quotes { text speaker { name } }\n          topics { name }\n        }\n      }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lists($search: String, $type: InstitutionType, $first: Int, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      edges { cursor node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n    institutions(search: $search, type: $type, first: $first) {\n      edges { node { name type } }\n    }\n    places(first: 50) { edges { node { name kind } } }\n  }\n"): (typeof documents)["\n  query Lists($search: String, $type: InstitutionType, $first: Int, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      edges { cursor node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n    institutions(search: $search, type: $type, first: $first) {\n      edges { node { name type } }\n    }\n    places(first: 50) { edges { node { name kind } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Person { name }\n      ... on Institution { name }\n      ... on Article { title }\n    }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Person { name }\n      ... on Institution { name }\n      ... on Article { title }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleLookup($id: ID, $slug: String, $url: URL) {\n    article(id: $id, slug: $slug, url: $url) { title url }\n  }\n"): (typeof documents)["\n  query ArticleLookup($id: ID, $slug: String, $url: URL) {\n    article(id: $id, slug: $slug, url: $url) { title url }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RootEvents($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name date host { name } participants { person { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query RootEvents($filter: EventFilter, $first: Int, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { id name date host { name } participants { person { name } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RootEvent($id: ID!) { event(id: $id) { name host { name } } }\n"): (typeof documents)["\n  query RootEvent($id: ID!) { event(id: $id) { name host { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RootProducts($filter: ProductFilter, $first: Int) {\n    products(filter: $filter, first: $first) { totalCount edges { node { name category producer { name } } } }\n  }\n"): (typeof documents)["\n  query RootProducts($filter: ProductFilter, $first: Int) {\n    products(filter: $filter, first: $first) { totalCount edges { node { name category producer { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RootQuotes($filter: QuoteFilter, $first: Int) {\n    quotes(filter: $filter, first: $first) { totalCount edges { node { text speaker { name } article { slug } } } }\n  }\n"): (typeof documents)["\n  query RootQuotes($filter: QuoteFilter, $first: Int) {\n    quotes(filter: $filter, first: $first) { totalCount edges { node { text speaker { name } article { slug } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RootTopics($search: String, $first: Int, $after: String) {\n    topics(search: $search, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query RootTopics($search: String, $first: Int, $after: String) {\n    topics(search: $search, first: $first, after: $after) {\n      totalCount\n      edges { cursor node { name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RootPlace($id: ID, $name: String, $kind: PlaceKind) { place(id: $id, name: $name, kind: $kind) { id name kind } }\n"): (typeof documents)["\n  query RootPlace($id: ID, $name: String, $kind: PlaceKind) { place(id: $id, name: $name, kind: $kind) { id name kind } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RootSource($name: String!) { source(name: $name) { name domain } }\n"): (typeof documents)["\n  query RootSource($name: String!) { source(name: $name) { name domain } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonTimeline($name: String!, $first: Int, $after: String) {\n    person(name: $name) {\n      timeline(first: $first, after: $after) {\n        edges {\n          node {\n            __typename\n            at\n            article { slug }\n            ... on TimelinePosition { position { title institution { name } } }\n            ... on TimelineEvent { event { name } roles }\n            ... on TimelineQuote { quote { text } }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonTimeline($name: String!, $first: Int, $after: String) {\n    person(name: $name) {\n      timeline(first: $first, after: $after) {\n        edges {\n          node {\n            __typename\n            at\n            article { slug }\n            ... on TimelinePosition { position { title institution { name } } }\n            ... on TimelineEvent { event { name } roles }\n            ... on TimelineQuote { quote { text } }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveriesForward($webhook: ID!, $size: Int, $cursor: String) {\n    webhookDeliveries(webhook: $webhook, first: $size, after: $cursor) {\n      edges { cursor node { error } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }"): (typeof documents)["\n  query DeliveriesForward($webhook: ID!, $size: Int, $cursor: String) {\n    webhookDeliveries(webhook: $webhook, first: $size, after: $cursor) {\n      edges { cursor node { error } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveriesBackward($webhook: ID!, $size: Int, $cursor: String) {\n    webhookDeliveries(webhook: $webhook, last: $size, before: $cursor) {\n      edges { cursor node { error } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }"): (typeof documents)["\n  query DeliveriesBackward($webhook: ID!, $size: Int, $cursor: String) {\n    webhookDeliveries(webhook: $webhook, last: $size, before: $cursor) {\n      edges { cursor node { error } }\n      pageInfo { startCursor endCursor hasNextPage hasPreviousPage }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestArticle($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      article { id title url people { name } institutions { name } }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestArticle($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      article { id title url people { name } institutions { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppearsWith($name: String!) {\n    person(name: $name) {\n      appearsWith { person { name positions { title } } sharedArticles }\n    }\n  }\n"): (typeof documents)["\n  query AppearsWith($name: String!) {\n    person(name: $name) {\n      appearsWith { person { name positions { title } } sharedArticles }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($search: String) { articles(filter: { search: $search }, first: 5) { edges { cursor } } }\n"): (typeof documents)["\n  query Search($search: String) { articles(filter: { search: $search }, first: 5) { edges { cursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleBySlug($slug: String) { article(slug: $slug) { id title } }"): (typeof documents)["query ArticleBySlug($slug: String) { article(slug: $slug) { id title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Node($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query Node($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestForSubscription($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { created article { id title } }\n  }\n"): (typeof documents)["\n  mutation IngestForSubscription($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { created article { id title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonIdForSubscription($name: String!) { person(name: $name) { id } }\n"): (typeof documents)["\n  query PersonIdForSubscription($name: String!) { person(name: $name) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionIdForSubscription($name: String!) { institution(name: $name) { id } }\n"): (typeof documents)["\n  query InstitutionIdForSubscription($name: String!) { institution(name: $name) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ArticleAdded($filter: ArticleAddedFilter, $after: String) {\n    articleAdded(filter: $filter, after: $after) { cursor article { id title people { name } } }\n  }\n"): (typeof documents)["\n  subscription ArticleAdded($filter: ArticleAddedFilter, $after: String) {\n    articleAdded(filter: $filter, after: $after) { cursor article { id title people { name } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;