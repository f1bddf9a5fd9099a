/* eslint-disable */
import * as types from './graphql';



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
    "\n  query AudienceCatalog {\n    audienceCatalog {\n      profileCount\n      refreshedAt\n      traits {\n        key\n        type\n        seen\n        suggestions\n      }\n      events {\n        name\n        count\n        properties {\n          key\n          type\n          seen\n          suggestions\n        }\n      }\n      identifiers {\n        type\n        count\n      }\n      audiences {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AudienceCatalogDocument,
    "\n  query AudienceSize($rules: JSONObject!) {\n    audienceSize(rules: $rules) {\n      count\n      total\n      percent\n    }\n    audienceGroupSizes(rules: $rules) {\n      index\n      count\n    }\n  }\n": typeof types.AudienceSizeDocument,
    "\n  query AudienceSample($rules: JSONObject!, $limit: Int) {\n    audienceSample(rules: $rules, limit: $limit) {\n      id\n      displayName\n      email\n      lastSeenAt\n    }\n  }\n": typeof types.AudienceSampleDocument,
    "\n  query AudienceImpact($id: ID!, $rules: JSONObject!) {\n    audienceImpact(id: $id, rules: $rules) {\n      entering\n      leaving\n      staying\n    }\n  }\n": typeof types.AudienceImpactDocument,
    "\n  mutation CreateSegment($input: SegmentInput!) {\n    createSegment(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSegmentDocument,
    "\n  mutation UpdateSegment($id: ID!, $input: SegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateSegmentDocument,
    "\n  query IndexedProperties {\n    indexedProperties {\n      event\n      key\n      status\n      error\n      readyAt\n    }\n  }\n": typeof types.IndexedPropertiesDocument,
    "\n  query Segments {\n    segments {\n      id\n      name\n      description\n      updatedAt\n    }\n  }\n": typeof types.SegmentsDocument,
    "\n  query AudienceList($days: Int!) {\n    segments {\n      id\n      name\n      description\n      updatedAt\n      size\n      refreshedAt\n      sizeHistory(days: $days) {\n        at\n        size\n      }\n    }\n    overview {\n      profileCount\n    }\n  }\n": typeof types.AudienceListDocument,
    "\n  query Segment($id: ID!) {\n    segment(id: $id) {\n      id\n      name\n      description\n      rules\n      createdAt\n      updatedAt\n      size\n      refreshedAt\n    }\n    overview {\n      profileCount\n    }\n  }\n": typeof types.SegmentDocument,
    "\n  query SegmentSizeHistory($id: ID!, $days: Int!) {\n    segment(id: $id) {\n      id\n      sizeHistory(days: $days) {\n        at\n        size\n      }\n    }\n  }\n": typeof types.SegmentSizeHistoryDocument,
    "\n  query SegmentMembers($id: ID!, $first: Int!, $after: String) {\n    segment(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            displayName\n            email\n            lastSeenAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.SegmentMembersDocument,
    "\n  query SegmentChanges($id: ID!, $first: Int!) {\n    segment(id: $id) {\n      id\n      changes(first: $first) {\n        kind\n        at\n        profile {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.SegmentChangesDocument,
    "\n  query ExplainAudience($profileId: ID!, $id: ID, $rules: JSONObject) {\n    explainAudience(profileId: $profileId, id: $id, rules: $rules) {\n      profileId\n      member\n      trace\n    }\n  }\n": typeof types.ExplainAudienceDocument,
    "\n  query AudienceSql($rules: JSONObject!) {\n    audienceSql(rules: $rules) {\n      sql\n      params\n      readable\n    }\n  }\n": typeof types.AudienceSqlDocument,
    "\n  query BreakdownTraits {\n    audienceCatalog {\n      traits {\n        key\n        type\n        seen\n        suggestions\n      }\n    }\n  }\n": typeof types.BreakdownTraitsDocument,
    "\n  query AudienceBreakdown($rules: JSONObject!, $trait: String!, $limit: Int!) {\n    audienceBreakdown(rules: $rules, trait: $trait, limit: $limit) {\n      value\n      count\n    }\n  }\n": typeof types.AudienceBreakdownDocument,
    "\n  query AudienceOverlap($ids: [ID!]!) {\n    audienceOverlap(ids: $ids) {\n      audiences {\n        id\n        name\n        size\n      }\n      regions {\n        audienceIds\n        count\n      }\n    }\n  }\n": typeof types.AudienceOverlapDocument,
    "\n  mutation RefreshSegment($id: ID!) {\n    refreshSegment(id: $id) {\n      id\n      size\n      refreshedAt\n    }\n  }\n": typeof types.RefreshSegmentDocument,
    "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n": typeof types.DeleteSegmentDocument,
    "\n  query TraitIndexes {\n    traitIndexes {\n      key\n      status\n      error\n      readyAt\n    }\n  }\n": typeof types.TraitIndexesDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      workspace {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query CrmOverview {\n    crmMatchStats {\n      total\n      matched\n      unmatched\n      ambiguous\n    }\n    crmFieldStats {\n      key\n      label\n      kind\n      rule\n      crmCoverage\n      cdpCoverage\n      crmMedianAgeDays\n      cdpMedianAgeDays\n      compared\n      conflicts\n      stale\n      conflictRate\n    }\n  }\n": typeof types.CrmOverviewDocument,
    "\n  query CrmConflicts($field: String, $status: CrmFieldStatus, $offset: Int!, $limit: Int!) {\n    crmConflicts(field: $field, status: $status, offset: $offset, limit: $limit) {\n      total\n      rows {\n        contactId\n        recordId\n        profileId\n        name\n        key\n        label\n        status\n        older\n        crmValue\n        crmAt\n        cdpValue\n        cdpAt\n        rule\n        golden\n        goldenSide\n      }\n    }\n  }\n": typeof types.CrmConflictsDocument,
    "\n  query CrmRules {\n    crmRules {\n      field\n      label\n      rule\n    }\n  }\n": typeof types.CrmRulesDocument,
    "\n  mutation SetCrmRule($field: String!, $rule: SurvivorshipRule!) {\n    setCrmRule(field: $field, rule: $rule) {\n      field\n      label\n      rule\n    }\n  }\n": typeof types.SetCrmRuleDocument,
    "\n  query CrmContacts($status: CrmMatchStatus!, $offset: Int!, $limit: Int!) {\n    crmContacts(status: $status, offset: $offset, limit: $limit) {\n      total\n      rows {\n        id\n        recordId\n        name\n        email\n        phone\n        company\n        matchStatus\n        candidateProfileIds\n        updatedAt\n      }\n    }\n  }\n": typeof types.CrmContactsDocument,
    "\n  query CrmCorrections {\n    crmCorrections {\n      fileName\n      csv\n      rows\n    }\n  }\n": typeof types.CrmCorrectionsDocument,
    "\n  query CrmEnrichment {\n    crmEnrichment {\n      fileName\n      csv\n      rows\n    }\n  }\n": typeof types.CrmEnrichmentDocument,
    "\n  query CrmProfileComparison($profileId: ID!) {\n    crmProfileComparison(profileId: $profileId) {\n      contactId\n      recordId\n      updatedAt\n      company {\n        recordId\n        name\n        domain\n        industry\n        employees\n      }\n      deals {\n        recordId\n        name\n        stage\n        amount\n        closeDate\n        pipeline\n        open\n      }\n      fields {\n        key\n        label\n        kind\n        status\n        older\n        crmValue\n        crmAt\n        cdpValue\n        cdpAt\n        rule\n        golden\n        goldenSide\n      }\n    }\n  }\n": typeof types.CrmProfileComparisonDocument,
    "\n  query CrmImports {\n    crmImports {\n      id\n      preset\n      fileName\n      status\n      totalRows\n      processedRows\n      insertedRows\n      updatedRows\n      unchangedRows\n      errorCount\n      failure\n      createdAt\n      finishedAt\n    }\n  }\n": typeof types.CrmImportsDocument,
    "\n  query CrmImportJob($id: ID!) {\n    crmImport(id: $id) {\n      id\n      kind\n      preset\n      fileName\n      status\n      totalRows\n      processedRows\n      insertedRows\n      updatedRows\n      unchangedRows\n      errorCount\n      errors {\n        line\n        column\n        reason\n      }\n      failure\n      finishedAt\n    }\n  }\n": typeof types.CrmImportJobDocument,
    "\n  query CrmImportPreview($id: ID!, $preset: CrmPreset, $mapping: [CrmColumnMappingInput!]) {\n    crmImportPreview(id: $id, preset: $preset, mapping: $mapping) {\n      columns\n      suggestedMapping {\n        column\n        target\n      }\n      mapping {\n        column\n        target\n      }\n      rows {\n        line\n        cells\n        errors {\n          column\n          reason\n        }\n      }\n      validRows\n      invalidRows\n      errorCount\n      errors {\n        line\n        column\n        reason\n      }\n    }\n  }\n": typeof types.CrmImportPreviewDocument,
    "\n  mutation StartCrmImport($id: ID!, $preset: CrmPreset, $mapping: [CrmColumnMappingInput!]!) {\n    startCrmImport(id: $id, preset: $preset, mapping: $mapping) {\n      id\n      status\n    }\n  }\n": typeof types.StartCrmImportDocument,
    "\n  mutation MatchCrmAgain {\n    matchCrmAgain {\n      total\n      matched\n      unmatched\n      ambiguous\n    }\n  }\n": typeof types.MatchCrmAgainDocument,
    "\n  fragment EventFields on Event {\n    id\n    type\n    event\n    timestamp\n    receivedAt\n    messageId\n    profileId\n    sourceId\n    userId\n    anonymousId\n    properties\n    context\n  }\n": typeof types.EventFieldsFragmentDoc,
    "\n  query Events($first: Int!, $after: String, $event: String, $type: String) {\n    events(first: $first, after: $after, event: $event, type: $type) {\n      edges {\n        cursor\n        node {\n          ...EventFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query EventNames {\n    eventNames\n  }\n": typeof types.EventNamesDocument,
    "\n  query Overview {\n    overview {\n      profileCount\n      identifiedProfileCount\n      eventCount\n      sourceCount\n      segmentCount\n      lastEventAt\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query EventsPerDay($days: Int!) {\n    eventsPerDay(days: $days) {\n      day\n      count\n    }\n  }\n": typeof types.EventsPerDayDocument,
    "\n  query IdentityRules {\n    identityRules {\n      version\n      updatedAt\n      rules {\n        defaultLimit\n        priority\n        limits {\n          type\n          max\n          windowDays\n        }\n        blocked {\n          types\n          match\n          value\n        }\n        traitIdentifiers {\n          trait\n          type\n        }\n        normalization {\n          trim\n          lowercaseEmail\n          lowercaseIds\n          phone\n        }\n      }\n    }\n  }\n": typeof types.IdentityRulesDocument,
    "\n  mutation UpdateIdentityRules($rules: IdentityRulesInput!) {\n    updateIdentityRules(rules: $rules) {\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdateIdentityRulesDocument,
    "\n  query IdentityRulesDryRun($rules: IdentityRulesInput!) {\n    identityRulesDryRun(rules: $rules) {\n      messages\n      newlyResolved\n      newlyUnresolved\n      current {\n        profiles\n        merges\n      }\n      proposed {\n        profiles\n        merges\n      }\n      merges {\n        profiles\n        messages\n        identifiers {\n          type\n          value\n        }\n      }\n      splits {\n        profiles\n        messages\n        identifiers {\n          type\n          value\n        }\n      }\n    }\n  }\n": typeof types.IdentityRulesDryRunDocument,
    "\n  query MergeHistory($first: Int!, $after: String) {\n    mergeHistory(first: $first, after: $after) {\n      edges {\n        node {\n          ...MergeFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MergeHistoryDocument,
    "\n  fragment MergeFields on ProfileMerge {\n    id\n    winnerId\n    loserId\n    rule\n    sourceName\n    messageId\n    mergedAt\n    undoneAt\n    loserEvents\n    linkedBy {\n      type\n      value\n      side\n    }\n  }\n": typeof types.MergeFieldsFragmentDoc,
    "\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      mergeId\n      restoredProfileId\n      fromProfileId\n    }\n  }\n": typeof types.UndoMergeDocument,
    "\n  query Imports {\n    imports {\n      id\n      kind\n      fileName\n      fileSha256\n      status\n      sourceId\n      totalRows\n      processedRows\n      acceptedRows\n      rejectedRows\n      duplicateRows\n      errorCount\n      createdAt\n      finishedAt\n    }\n  }\n": typeof types.ImportsDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      kind\n      fileName\n      status\n      sourceId\n      totalRows\n      processedRows\n      acceptedRows\n      rejectedRows\n      duplicateRows\n      errorCount\n      errors {\n        line\n        column\n        reason\n      }\n      failure\n      finishedAt\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query ImportPreview($id: ID!, $mapping: [ColumnMappingInput!]) {\n    importPreview(id: $id, mapping: $mapping) {\n      columns\n      suggestedMapping {\n        column\n        target\n        type\n      }\n      rows {\n        line\n        cells\n        message\n        errors {\n          column\n          reason\n        }\n      }\n      validRows\n      invalidRows\n      errorCount\n      errors {\n        line\n        column\n        reason\n      }\n    }\n  }\n": typeof types.ImportPreviewDocument,
    "\n  mutation StartImport($id: ID!, $mapping: [ColumnMappingInput!]!, $sourceId: ID) {\n    startImport(id: $id, mapping: $mapping, sourceId: $sourceId) {\n      id\n      status\n    }\n  }\n": typeof types.StartImportDocument,
    "\n  query ImportSources {\n    sources {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.ImportSourcesDocument,
    "\n  query LtvModelStatus {\n    ltvModel {\n      id\n      status\n      progress\n      stage\n      trigger\n      startedAt\n      finishedAt\n      error\n      revenueEvent\n      revenueProperty\n      currency\n    }\n  }\n": typeof types.LtvModelStatusDocument,
    "\n  query LtvModelInUse {\n    ltvModelInUse {\n      id\n      status\n      trigger\n      startedAt\n      finishedAt\n      revenueEvent\n      revenueProperty\n      currency\n      customers\n      transactions\n      calibrationEnd\n      holdoutStart\n      bgnbd {\n        r\n        alpha\n        a\n        b\n        logLikelihood\n        converged\n      }\n      gammaGamma {\n        p\n        q\n        gamma\n        logLikelihood\n        converged\n      }\n      calibration {\n        week\n        expected\n        actual\n      }\n      holdoutExpected\n      holdoutActual\n      cohorts {\n        cohort\n        customers\n        points {\n          month\n          value\n        }\n      }\n      weeksPerMonth\n      monthlyDiscountRate\n    }\n  }\n": typeof types.LtvModelInUseDocument,
    "\n  query LtvOverview {\n    ltvOverview {\n      currency\n      customers\n      revenue\n      averageValue\n      medianValue\n      repeatPurchaseRate\n      averagePredictedValue12m\n      atRiskRepeatCustomers\n      histogram {\n        from\n        to\n        customers\n      }\n      pareto {\n        customerShare\n        revenueShare\n      }\n      topCustomers {\n        profileId\n        displayName\n        revenue\n        orders\n        predictedValue12m\n        pAlive\n      }\n    }\n  }\n": typeof types.LtvOverviewDocument,
    "\n  query RevenueSettings {\n    revenueSettings {\n      event\n      property\n      currency\n    }\n  }\n": typeof types.RevenueSettingsDocument,
    "\n  mutation RefitLtv {\n    refitLtv {\n      id\n      status\n      progress\n      stage\n      trigger\n      startedAt\n      finishedAt\n      error\n      revenueEvent\n      revenueProperty\n      currency\n    }\n  }\n": typeof types.RefitLtvDocument,
    "\n  mutation UpdateRevenueSettings($event: String!, $property: String!, $currency: String!) {\n    updateRevenueSettings(event: $event, property: $property, currency: $currency) {\n      event\n      property\n      currency\n    }\n  }\n": typeof types.UpdateRevenueSettingsDocument,
    "\n  query LtvAudienceOptions {\n    segments {\n      id\n      name\n      size\n    }\n  }\n": typeof types.LtvAudienceOptionsDocument,
    "\n  query AudienceLtvComparison($audienceIds: [ID!]!) {\n    audienceLtvComparison(audienceIds: $audienceIds) {\n      currency\n      audiences {\n        audienceId\n        name\n        members\n        customers\n        revenue\n        averageValue\n        averagePredictedValue12m\n        averagePAlive\n        repeatPurchaseRate\n      }\n    }\n  }\n": typeof types.AudienceLtvComparisonDocument,
    "\n  query ProfileAudiences($id: ID!, $first: Int!) {\n    profile(id: $id) {\n      id\n      audiences {\n        enteredAt\n        segment {\n          id\n          name\n          description\n        }\n      }\n      audienceChanges(first: $first) {\n        kind\n        at\n        segment {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProfileAudiencesDocument,
    "\n  query ExploreProfiles(\n    $first: Int!\n    $after: String\n    $search: String\n    $rules: JSONObject\n    $audienceId: ID\n    $sort: ExplorerSortInput\n    $columns: [String!]\n  ) {\n    exploreProfiles(\n      first: $first\n      after: $after\n      search: $search\n      rules: $rules\n      audienceId: $audienceId\n      sort: $sort\n      columns: $columns\n    ) {\n      edges {\n        cursor\n        values\n        node {\n          id\n          displayName\n          email\n          firstSeenAt\n          lastSeenAt\n          identities {\n            type\n            value\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ExploreProfilesDocument,
    "\n  query CountProfiles($search: String, $rules: JSONObject, $audienceId: ID) {\n    countProfiles(search: $search, rules: $rules, audienceId: $audienceId)\n  }\n": typeof types.CountProfilesDocument,
    "\n  query ProfileMerges($id: ID!) {\n    profile(id: $id) {\n      id\n      merges {\n        ...MergeFields\n      }\n    }\n  }\n": typeof types.ProfileMergesDocument,
    "\n  query ProfileEventNames($id: ID!) {\n    profile(id: $id) {\n      id\n      eventNames {\n        event\n        count\n      }\n    }\n  }\n": typeof types.ProfileEventNamesDocument,
    "\n  query ProfileActivity($id: ID!, $days: Int!, $event: String) {\n    profile(id: $id) {\n      id\n      activity(days: $days, event: $event) {\n        from\n        to\n        total\n        days {\n          day\n          events\n        }\n      }\n    }\n  }\n": typeof types.ProfileActivityDocument,
    "\n  query TraitHistory($id: ID!, $key: String!, $first: Int!, $after: String) {\n    profile(id: $id) {\n      id\n      traitHistory(key: $key, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            value\n            at\n            sourceName\n            messageId\n            applied\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.TraitHistoryDocument,
    "\n  query ProfileLocation($id: ID!) {\n    profileLocation(id: $id) {\n      id\n      currentId\n      mergedInto\n      mergedAt\n    }\n  }\n": typeof types.ProfileLocationDocument,
    "\n  query Profile($id: ID!) {\n    profile(id: $id) {\n      id\n      displayName\n      email\n      createdAt\n      firstSeenAt\n      lastSeenAt\n      traits\n      traitSources {\n        key\n        at\n        sourceName\n        messageId\n      }\n      identities {\n        type\n        value\n        firstSeenAt\n        lastSeenAt\n      }\n      lifetimeValue {\n        orders\n        revenue\n        pAlive\n        expectedPurchases12m\n        predictedValue12m\n        currency\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  query ProfileEvents($id: ID!, $first: Int!, $after: String, $event: String) {\n    profile(id: $id) {\n      id\n      events(first: $first, after: $after, event: $event) {\n        edges {\n          cursor\n          node {\n            ...EventFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ProfileEventsDocument,
    "\n  query SourceMessages($sourceId: ID!, $first: Int!) {\n    sourceMessages(sourceId: $sourceId, first: $first) {\n      id\n      status\n      type\n      event\n      userId\n      anonymousId\n      messageId\n      receivedAt\n      timestamp\n      reason\n      index\n      payload\n    }\n  }\n": typeof types.SourceMessagesDocument,
    "\n  query Sources {\n    sources {\n      id\n      name\n      kind\n      createdAt\n      stats {\n        receivedCount\n        rejectedCount\n        lastSeenAt\n      }\n    }\n  }\n": typeof types.SourcesDocument,
    "\n  query SourceKeys {\n    sources {\n      id\n      writeKey\n    }\n  }\n": typeof types.SourceKeysDocument,
    "\n  mutation CreateSource($name: String!, $kind: SourceKind!) {\n    createSource(name: $name, kind: $kind) {\n      id\n      name\n      writeKey\n    }\n  }\n": typeof types.CreateSourceDocument,
    "\n  mutation RotateWriteKey($id: ID!) {\n    rotateWriteKey(id: $id) {\n      id\n      writeKey\n    }\n  }\n": typeof types.RotateWriteKeyDocument,
    "\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      createdAt\n      lastLoginAt\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($email: String!, $name: String, $role: Role!, $password: String!) {\n    createUser(email: $email, name: $name, role: $role, password: $password) {\n      id\n      email\n      name\n      role\n    }\n  }\n": typeof types.CreateUserDocument,
};
const documents: Documents = {
    "\n  query AudienceCatalog {\n    audienceCatalog {\n      profileCount\n      refreshedAt\n      traits {\n        key\n        type\n        seen\n        suggestions\n      }\n      events {\n        name\n        count\n        properties {\n          key\n          type\n          seen\n          suggestions\n        }\n      }\n      identifiers {\n        type\n        count\n      }\n      audiences {\n        id\n        name\n      }\n    }\n  }\n": types.AudienceCatalogDocument,
    "\n  query AudienceSize($rules: JSONObject!) {\n    audienceSize(rules: $rules) {\n      count\n      total\n      percent\n    }\n    audienceGroupSizes(rules: $rules) {\n      index\n      count\n    }\n  }\n": types.AudienceSizeDocument,
    "\n  query AudienceSample($rules: JSONObject!, $limit: Int) {\n    audienceSample(rules: $rules, limit: $limit) {\n      id\n      displayName\n      email\n      lastSeenAt\n    }\n  }\n": types.AudienceSampleDocument,
    "\n  query AudienceImpact($id: ID!, $rules: JSONObject!) {\n    audienceImpact(id: $id, rules: $rules) {\n      entering\n      leaving\n      staying\n    }\n  }\n": types.AudienceImpactDocument,
    "\n  mutation CreateSegment($input: SegmentInput!) {\n    createSegment(input: $input) {\n      id\n    }\n  }\n": types.CreateSegmentDocument,
    "\n  mutation UpdateSegment($id: ID!, $input: SegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateSegmentDocument,
    "\n  query IndexedProperties {\n    indexedProperties {\n      event\n      key\n      status\n      error\n      readyAt\n    }\n  }\n": types.IndexedPropertiesDocument,
    "\n  query Segments {\n    segments {\n      id\n      name\n      description\n      updatedAt\n    }\n  }\n": types.SegmentsDocument,
    "\n  query AudienceList($days: Int!) {\n    segments {\n      id\n      name\n      description\n      updatedAt\n      size\n      refreshedAt\n      sizeHistory(days: $days) {\n        at\n        size\n      }\n    }\n    overview {\n      profileCount\n    }\n  }\n": types.AudienceListDocument,
    "\n  query Segment($id: ID!) {\n    segment(id: $id) {\n      id\n      name\n      description\n      rules\n      createdAt\n      updatedAt\n      size\n      refreshedAt\n    }\n    overview {\n      profileCount\n    }\n  }\n": types.SegmentDocument,
    "\n  query SegmentSizeHistory($id: ID!, $days: Int!) {\n    segment(id: $id) {\n      id\n      sizeHistory(days: $days) {\n        at\n        size\n      }\n    }\n  }\n": types.SegmentSizeHistoryDocument,
    "\n  query SegmentMembers($id: ID!, $first: Int!, $after: String) {\n    segment(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            displayName\n            email\n            lastSeenAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.SegmentMembersDocument,
    "\n  query SegmentChanges($id: ID!, $first: Int!) {\n    segment(id: $id) {\n      id\n      changes(first: $first) {\n        kind\n        at\n        profile {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.SegmentChangesDocument,
    "\n  query ExplainAudience($profileId: ID!, $id: ID, $rules: JSONObject) {\n    explainAudience(profileId: $profileId, id: $id, rules: $rules) {\n      profileId\n      member\n      trace\n    }\n  }\n": types.ExplainAudienceDocument,
    "\n  query AudienceSql($rules: JSONObject!) {\n    audienceSql(rules: $rules) {\n      sql\n      params\n      readable\n    }\n  }\n": types.AudienceSqlDocument,
    "\n  query BreakdownTraits {\n    audienceCatalog {\n      traits {\n        key\n        type\n        seen\n        suggestions\n      }\n    }\n  }\n": types.BreakdownTraitsDocument,
    "\n  query AudienceBreakdown($rules: JSONObject!, $trait: String!, $limit: Int!) {\n    audienceBreakdown(rules: $rules, trait: $trait, limit: $limit) {\n      value\n      count\n    }\n  }\n": types.AudienceBreakdownDocument,
    "\n  query AudienceOverlap($ids: [ID!]!) {\n    audienceOverlap(ids: $ids) {\n      audiences {\n        id\n        name\n        size\n      }\n      regions {\n        audienceIds\n        count\n      }\n    }\n  }\n": types.AudienceOverlapDocument,
    "\n  mutation RefreshSegment($id: ID!) {\n    refreshSegment(id: $id) {\n      id\n      size\n      refreshedAt\n    }\n  }\n": types.RefreshSegmentDocument,
    "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n": types.DeleteSegmentDocument,
    "\n  query TraitIndexes {\n    traitIndexes {\n      key\n      status\n      error\n      readyAt\n    }\n  }\n": types.TraitIndexesDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      workspace {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query CrmOverview {\n    crmMatchStats {\n      total\n      matched\n      unmatched\n      ambiguous\n    }\n    crmFieldStats {\n      key\n      label\n      kind\n      rule\n      crmCoverage\n      cdpCoverage\n      crmMedianAgeDays\n      cdpMedianAgeDays\n      compared\n      conflicts\n      stale\n      conflictRate\n    }\n  }\n": types.CrmOverviewDocument,
    "\n  query CrmConflicts($field: String, $status: CrmFieldStatus, $offset: Int!, $limit: Int!) {\n    crmConflicts(field: $field, status: $status, offset: $offset, limit: $limit) {\n      total\n      rows {\n        contactId\n        recordId\n        profileId\n        name\n        key\n        label\n        status\n        older\n        crmValue\n        crmAt\n        cdpValue\n        cdpAt\n        rule\n        golden\n        goldenSide\n      }\n    }\n  }\n": types.CrmConflictsDocument,
    "\n  query CrmRules {\n    crmRules {\n      field\n      label\n      rule\n    }\n  }\n": types.CrmRulesDocument,
    "\n  mutation SetCrmRule($field: String!, $rule: SurvivorshipRule!) {\n    setCrmRule(field: $field, rule: $rule) {\n      field\n      label\n      rule\n    }\n  }\n": types.SetCrmRuleDocument,
    "\n  query CrmContacts($status: CrmMatchStatus!, $offset: Int!, $limit: Int!) {\n    crmContacts(status: $status, offset: $offset, limit: $limit) {\n      total\n      rows {\n        id\n        recordId\n        name\n        email\n        phone\n        company\n        matchStatus\n        candidateProfileIds\n        updatedAt\n      }\n    }\n  }\n": types.CrmContactsDocument,
    "\n  query CrmCorrections {\n    crmCorrections {\n      fileName\n      csv\n      rows\n    }\n  }\n": types.CrmCorrectionsDocument,
    "\n  query CrmEnrichment {\n    crmEnrichment {\n      fileName\n      csv\n      rows\n    }\n  }\n": types.CrmEnrichmentDocument,
    "\n  query CrmProfileComparison($profileId: ID!) {\n    crmProfileComparison(profileId: $profileId) {\n      contactId\n      recordId\n      updatedAt\n      company {\n        recordId\n        name\n        domain\n        industry\n        employees\n      }\n      deals {\n        recordId\n        name\n        stage\n        amount\n        closeDate\n        pipeline\n        open\n      }\n      fields {\n        key\n        label\n        kind\n        status\n        older\n        crmValue\n        crmAt\n        cdpValue\n        cdpAt\n        rule\n        golden\n        goldenSide\n      }\n    }\n  }\n": types.CrmProfileComparisonDocument,
    "\n  query CrmImports {\n    crmImports {\n      id\n      preset\n      fileName\n      status\n      totalRows\n      processedRows\n      insertedRows\n      updatedRows\n      unchangedRows\n      errorCount\n      failure\n      createdAt\n      finishedAt\n    }\n  }\n": types.CrmImportsDocument,
    "\n  query CrmImportJob($id: ID!) {\n    crmImport(id: $id) {\n      id\n      kind\n      preset\n      fileName\n      status\n      totalRows\n      processedRows\n      insertedRows\n      updatedRows\n      unchangedRows\n      errorCount\n      errors {\n        line\n        column\n        reason\n      }\n      failure\n      finishedAt\n    }\n  }\n": types.CrmImportJobDocument,
    "\n  query CrmImportPreview($id: ID!, $preset: CrmPreset, $mapping: [CrmColumnMappingInput!]) {\n    crmImportPreview(id: $id, preset: $preset, mapping: $mapping) {\n      columns\n      suggestedMapping {\n        column\n        target\n      }\n      mapping {\n        column\n        target\n      }\n      rows {\n        line\n        cells\n        errors {\n          column\n          reason\n        }\n      }\n      validRows\n      invalidRows\n      errorCount\n      errors {\n        line\n        column\n        reason\n      }\n    }\n  }\n": types.CrmImportPreviewDocument,
    "\n  mutation StartCrmImport($id: ID!, $preset: CrmPreset, $mapping: [CrmColumnMappingInput!]!) {\n    startCrmImport(id: $id, preset: $preset, mapping: $mapping) {\n      id\n      status\n    }\n  }\n": types.StartCrmImportDocument,
    "\n  mutation MatchCrmAgain {\n    matchCrmAgain {\n      total\n      matched\n      unmatched\n      ambiguous\n    }\n  }\n": types.MatchCrmAgainDocument,
    "\n  fragment EventFields on Event {\n    id\n    type\n    event\n    timestamp\n    receivedAt\n    messageId\n    profileId\n    sourceId\n    userId\n    anonymousId\n    properties\n    context\n  }\n": types.EventFieldsFragmentDoc,
    "\n  query Events($first: Int!, $after: String, $event: String, $type: String) {\n    events(first: $first, after: $after, event: $event, type: $type) {\n      edges {\n        cursor\n        node {\n          ...EventFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  query EventNames {\n    eventNames\n  }\n": types.EventNamesDocument,
    "\n  query Overview {\n    overview {\n      profileCount\n      identifiedProfileCount\n      eventCount\n      sourceCount\n      segmentCount\n      lastEventAt\n    }\n  }\n": types.OverviewDocument,
    "\n  query EventsPerDay($days: Int!) {\n    eventsPerDay(days: $days) {\n      day\n      count\n    }\n  }\n": types.EventsPerDayDocument,
    "\n  query IdentityRules {\n    identityRules {\n      version\n      updatedAt\n      rules {\n        defaultLimit\n        priority\n        limits {\n          type\n          max\n          windowDays\n        }\n        blocked {\n          types\n          match\n          value\n        }\n        traitIdentifiers {\n          trait\n          type\n        }\n        normalization {\n          trim\n          lowercaseEmail\n          lowercaseIds\n          phone\n        }\n      }\n    }\n  }\n": types.IdentityRulesDocument,
    "\n  mutation UpdateIdentityRules($rules: IdentityRulesInput!) {\n    updateIdentityRules(rules: $rules) {\n      version\n      updatedAt\n    }\n  }\n": types.UpdateIdentityRulesDocument,
    "\n  query IdentityRulesDryRun($rules: IdentityRulesInput!) {\n    identityRulesDryRun(rules: $rules) {\n      messages\n      newlyResolved\n      newlyUnresolved\n      current {\n        profiles\n        merges\n      }\n      proposed {\n        profiles\n        merges\n      }\n      merges {\n        profiles\n        messages\n        identifiers {\n          type\n          value\n        }\n      }\n      splits {\n        profiles\n        messages\n        identifiers {\n          type\n          value\n        }\n      }\n    }\n  }\n": types.IdentityRulesDryRunDocument,
    "\n  query MergeHistory($first: Int!, $after: String) {\n    mergeHistory(first: $first, after: $after) {\n      edges {\n        node {\n          ...MergeFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MergeHistoryDocument,
    "\n  fragment MergeFields on ProfileMerge {\n    id\n    winnerId\n    loserId\n    rule\n    sourceName\n    messageId\n    mergedAt\n    undoneAt\n    loserEvents\n    linkedBy {\n      type\n      value\n      side\n    }\n  }\n": types.MergeFieldsFragmentDoc,
    "\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      mergeId\n      restoredProfileId\n      fromProfileId\n    }\n  }\n": types.UndoMergeDocument,
    "\n  query Imports {\n    imports {\n      id\n      kind\n      fileName\n      fileSha256\n      status\n      sourceId\n      totalRows\n      processedRows\n      acceptedRows\n      rejectedRows\n      duplicateRows\n      errorCount\n      createdAt\n      finishedAt\n    }\n  }\n": types.ImportsDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      kind\n      fileName\n      status\n      sourceId\n      totalRows\n      processedRows\n      acceptedRows\n      rejectedRows\n      duplicateRows\n      errorCount\n      errors {\n        line\n        column\n        reason\n      }\n      failure\n      finishedAt\n    }\n  }\n": types.ImportJobDocument,
    "\n  query ImportPreview($id: ID!, $mapping: [ColumnMappingInput!]) {\n    importPreview(id: $id, mapping: $mapping) {\n      columns\n      suggestedMapping {\n        column\n        target\n        type\n      }\n      rows {\n        line\n        cells\n        message\n        errors {\n          column\n          reason\n        }\n      }\n      validRows\n      invalidRows\n      errorCount\n      errors {\n        line\n        column\n        reason\n      }\n    }\n  }\n": types.ImportPreviewDocument,
    "\n  mutation StartImport($id: ID!, $mapping: [ColumnMappingInput!]!, $sourceId: ID) {\n    startImport(id: $id, mapping: $mapping, sourceId: $sourceId) {\n      id\n      status\n    }\n  }\n": types.StartImportDocument,
    "\n  query ImportSources {\n    sources {\n      id\n      name\n      kind\n    }\n  }\n": types.ImportSourcesDocument,
    "\n  query LtvModelStatus {\n    ltvModel {\n      id\n      status\n      progress\n      stage\n      trigger\n      startedAt\n      finishedAt\n      error\n      revenueEvent\n      revenueProperty\n      currency\n    }\n  }\n": types.LtvModelStatusDocument,
    "\n  query LtvModelInUse {\n    ltvModelInUse {\n      id\n      status\n      trigger\n      startedAt\n      finishedAt\n      revenueEvent\n      revenueProperty\n      currency\n      customers\n      transactions\n      calibrationEnd\n      holdoutStart\n      bgnbd {\n        r\n        alpha\n        a\n        b\n        logLikelihood\n        converged\n      }\n      gammaGamma {\n        p\n        q\n        gamma\n        logLikelihood\n        converged\n      }\n      calibration {\n        week\n        expected\n        actual\n      }\n      holdoutExpected\n      holdoutActual\n      cohorts {\n        cohort\n        customers\n        points {\n          month\n          value\n        }\n      }\n      weeksPerMonth\n      monthlyDiscountRate\n    }\n  }\n": types.LtvModelInUseDocument,
    "\n  query LtvOverview {\n    ltvOverview {\n      currency\n      customers\n      revenue\n      averageValue\n      medianValue\n      repeatPurchaseRate\n      averagePredictedValue12m\n      atRiskRepeatCustomers\n      histogram {\n        from\n        to\n        customers\n      }\n      pareto {\n        customerShare\n        revenueShare\n      }\n      topCustomers {\n        profileId\n        displayName\n        revenue\n        orders\n        predictedValue12m\n        pAlive\n      }\n    }\n  }\n": types.LtvOverviewDocument,
    "\n  query RevenueSettings {\n    revenueSettings {\n      event\n      property\n      currency\n    }\n  }\n": types.RevenueSettingsDocument,
    "\n  mutation RefitLtv {\n    refitLtv {\n      id\n      status\n      progress\n      stage\n      trigger\n      startedAt\n      finishedAt\n      error\n      revenueEvent\n      revenueProperty\n      currency\n    }\n  }\n": types.RefitLtvDocument,
    "\n  mutation UpdateRevenueSettings($event: String!, $property: String!, $currency: String!) {\n    updateRevenueSettings(event: $event, property: $property, currency: $currency) {\n      event\n      property\n      currency\n    }\n  }\n": types.UpdateRevenueSettingsDocument,
    "\n  query LtvAudienceOptions {\n    segments {\n      id\n      name\n      size\n    }\n  }\n": types.LtvAudienceOptionsDocument,
    "\n  query AudienceLtvComparison($audienceIds: [ID!]!) {\n    audienceLtvComparison(audienceIds: $audienceIds) {\n      currency\n      audiences {\n        audienceId\n        name\n        members\n        customers\n        revenue\n        averageValue\n        averagePredictedValue12m\n        averagePAlive\n        repeatPurchaseRate\n      }\n    }\n  }\n": types.AudienceLtvComparisonDocument,
    "\n  query ProfileAudiences($id: ID!, $first: Int!) {\n    profile(id: $id) {\n      id\n      audiences {\n        enteredAt\n        segment {\n          id\n          name\n          description\n        }\n      }\n      audienceChanges(first: $first) {\n        kind\n        at\n        segment {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProfileAudiencesDocument,
    "\n  query ExploreProfiles(\n    $first: Int!\n    $after: String\n    $search: String\n    $rules: JSONObject\n    $audienceId: ID\n    $sort: ExplorerSortInput\n    $columns: [String!]\n  ) {\n    exploreProfiles(\n      first: $first\n      after: $after\n      search: $search\n      rules: $rules\n      audienceId: $audienceId\n      sort: $sort\n      columns: $columns\n    ) {\n      edges {\n        cursor\n        values\n        node {\n          id\n          displayName\n          email\n          firstSeenAt\n          lastSeenAt\n          identities {\n            type\n            value\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ExploreProfilesDocument,
    "\n  query CountProfiles($search: String, $rules: JSONObject, $audienceId: ID) {\n    countProfiles(search: $search, rules: $rules, audienceId: $audienceId)\n  }\n": types.CountProfilesDocument,
    "\n  query ProfileMerges($id: ID!) {\n    profile(id: $id) {\n      id\n      merges {\n        ...MergeFields\n      }\n    }\n  }\n": types.ProfileMergesDocument,
    "\n  query ProfileEventNames($id: ID!) {\n    profile(id: $id) {\n      id\n      eventNames {\n        event\n        count\n      }\n    }\n  }\n": types.ProfileEventNamesDocument,
    "\n  query ProfileActivity($id: ID!, $days: Int!, $event: String) {\n    profile(id: $id) {\n      id\n      activity(days: $days, event: $event) {\n        from\n        to\n        total\n        days {\n          day\n          events\n        }\n      }\n    }\n  }\n": types.ProfileActivityDocument,
    "\n  query TraitHistory($id: ID!, $key: String!, $first: Int!, $after: String) {\n    profile(id: $id) {\n      id\n      traitHistory(key: $key, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            value\n            at\n            sourceName\n            messageId\n            applied\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.TraitHistoryDocument,
    "\n  query ProfileLocation($id: ID!) {\n    profileLocation(id: $id) {\n      id\n      currentId\n      mergedInto\n      mergedAt\n    }\n  }\n": types.ProfileLocationDocument,
    "\n  query Profile($id: ID!) {\n    profile(id: $id) {\n      id\n      displayName\n      email\n      createdAt\n      firstSeenAt\n      lastSeenAt\n      traits\n      traitSources {\n        key\n        at\n        sourceName\n        messageId\n      }\n      identities {\n        type\n        value\n        firstSeenAt\n        lastSeenAt\n      }\n      lifetimeValue {\n        orders\n        revenue\n        pAlive\n        expectedPurchases12m\n        predictedValue12m\n        currency\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  query ProfileEvents($id: ID!, $first: Int!, $after: String, $event: String) {\n    profile(id: $id) {\n      id\n      events(first: $first, after: $after, event: $event) {\n        edges {\n          cursor\n          node {\n            ...EventFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ProfileEventsDocument,
    "\n  query SourceMessages($sourceId: ID!, $first: Int!) {\n    sourceMessages(sourceId: $sourceId, first: $first) {\n      id\n      status\n      type\n      event\n      userId\n      anonymousId\n      messageId\n      receivedAt\n      timestamp\n      reason\n      index\n      payload\n    }\n  }\n": types.SourceMessagesDocument,
    "\n  query Sources {\n    sources {\n      id\n      name\n      kind\n      createdAt\n      stats {\n        receivedCount\n        rejectedCount\n        lastSeenAt\n      }\n    }\n  }\n": types.SourcesDocument,
    "\n  query SourceKeys {\n    sources {\n      id\n      writeKey\n    }\n  }\n": types.SourceKeysDocument,
    "\n  mutation CreateSource($name: String!, $kind: SourceKind!) {\n    createSource(name: $name, kind: $kind) {\n      id\n      name\n      writeKey\n    }\n  }\n": types.CreateSourceDocument,
    "\n  mutation RotateWriteKey($id: ID!) {\n    rotateWriteKey(id: $id) {\n      id\n      writeKey\n    }\n  }\n": types.RotateWriteKeyDocument,
    "\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      createdAt\n      lastLoginAt\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($email: String!, $name: String, $role: Role!, $password: String!) {\n    createUser(email: $email, name: $name, role: $role, password: $password) {\n      id\n      email\n      name\n      role\n    }\n  }\n": types.CreateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceCatalog {\n    audienceCatalog {\n      profileCount\n      refreshedAt\n      traits {\n        key\n        type\n        seen\n        suggestions\n      }\n      events {\n        name\n        count\n        properties {\n          key\n          type\n          seen\n          suggestions\n        }\n      }\n      identifiers {\n        type\n        count\n      }\n      audiences {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AudienceCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceSize($rules: JSONObject!) {\n    audienceSize(rules: $rules) {\n      count\n      total\n      percent\n    }\n    audienceGroupSizes(rules: $rules) {\n      index\n      count\n    }\n  }\n"): typeof import('./graphql').AudienceSizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceSample($rules: JSONObject!, $limit: Int) {\n    audienceSample(rules: $rules, limit: $limit) {\n      id\n      displayName\n      email\n      lastSeenAt\n    }\n  }\n"): typeof import('./graphql').AudienceSampleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceImpact($id: ID!, $rules: JSONObject!) {\n    audienceImpact(id: $id, rules: $rules) {\n      entering\n      leaving\n      staying\n    }\n  }\n"): typeof import('./graphql').AudienceImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSegment($input: SegmentInput!) {\n    createSegment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSegment($id: ID!, $input: SegmentInput!) {\n    updateSegment(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndexedProperties {\n    indexedProperties {\n      event\n      key\n      status\n      error\n      readyAt\n    }\n  }\n"): typeof import('./graphql').IndexedPropertiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Segments {\n    segments {\n      id\n      name\n      description\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').SegmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceList($days: Int!) {\n    segments {\n      id\n      name\n      description\n      updatedAt\n      size\n      refreshedAt\n      sizeHistory(days: $days) {\n        at\n        size\n      }\n    }\n    overview {\n      profileCount\n    }\n  }\n"): typeof import('./graphql').AudienceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Segment($id: ID!) {\n    segment(id: $id) {\n      id\n      name\n      description\n      rules\n      createdAt\n      updatedAt\n      size\n      refreshedAt\n    }\n    overview {\n      profileCount\n    }\n  }\n"): typeof import('./graphql').SegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentSizeHistory($id: ID!, $days: Int!) {\n    segment(id: $id) {\n      id\n      sizeHistory(days: $days) {\n        at\n        size\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentSizeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentMembers($id: ID!, $first: Int!, $after: String) {\n    segment(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        edges {\n          cursor\n          node {\n            id\n            displayName\n            email\n            lastSeenAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentChanges($id: ID!, $first: Int!) {\n    segment(id: $id) {\n      id\n      changes(first: $first) {\n        kind\n        at\n        profile {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplainAudience($profileId: ID!, $id: ID, $rules: JSONObject) {\n    explainAudience(profileId: $profileId, id: $id, rules: $rules) {\n      profileId\n      member\n      trace\n    }\n  }\n"): typeof import('./graphql').ExplainAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceSql($rules: JSONObject!) {\n    audienceSql(rules: $rules) {\n      sql\n      params\n      readable\n    }\n  }\n"): typeof import('./graphql').AudienceSqlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BreakdownTraits {\n    audienceCatalog {\n      traits {\n        key\n        type\n        seen\n        suggestions\n      }\n    }\n  }\n"): typeof import('./graphql').BreakdownTraitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceBreakdown($rules: JSONObject!, $trait: String!, $limit: Int!) {\n    audienceBreakdown(rules: $rules, trait: $trait, limit: $limit) {\n      value\n      count\n    }\n  }\n"): typeof import('./graphql').AudienceBreakdownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceOverlap($ids: [ID!]!) {\n    audienceOverlap(ids: $ids) {\n      audiences {\n        id\n        name\n        size\n      }\n      regions {\n        audienceIds\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').AudienceOverlapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSegment($id: ID!) {\n    refreshSegment(id: $id) {\n      id\n      size\n      refreshedAt\n    }\n  }\n"): typeof import('./graphql').RefreshSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n"): typeof import('./graphql').DeleteSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraitIndexes {\n    traitIndexes {\n      key\n      status\n      error\n      readyAt\n    }\n  }\n"): typeof import('./graphql').TraitIndexesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      workspace {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmOverview {\n    crmMatchStats {\n      total\n      matched\n      unmatched\n      ambiguous\n    }\n    crmFieldStats {\n      key\n      label\n      kind\n      rule\n      crmCoverage\n      cdpCoverage\n      crmMedianAgeDays\n      cdpMedianAgeDays\n      compared\n      conflicts\n      stale\n      conflictRate\n    }\n  }\n"): typeof import('./graphql').CrmOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmConflicts($field: String, $status: CrmFieldStatus, $offset: Int!, $limit: Int!) {\n    crmConflicts(field: $field, status: $status, offset: $offset, limit: $limit) {\n      total\n      rows {\n        contactId\n        recordId\n        profileId\n        name\n        key\n        label\n        status\n        older\n        crmValue\n        crmAt\n        cdpValue\n        cdpAt\n        rule\n        golden\n        goldenSide\n      }\n    }\n  }\n"): typeof import('./graphql').CrmConflictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmRules {\n    crmRules {\n      field\n      label\n      rule\n    }\n  }\n"): typeof import('./graphql').CrmRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCrmRule($field: String!, $rule: SurvivorshipRule!) {\n    setCrmRule(field: $field, rule: $rule) {\n      field\n      label\n      rule\n    }\n  }\n"): typeof import('./graphql').SetCrmRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmContacts($status: CrmMatchStatus!, $offset: Int!, $limit: Int!) {\n    crmContacts(status: $status, offset: $offset, limit: $limit) {\n      total\n      rows {\n        id\n        recordId\n        name\n        email\n        phone\n        company\n        matchStatus\n        candidateProfileIds\n        updatedAt\n      }\n    }\n  }\n"): typeof import('./graphql').CrmContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmCorrections {\n    crmCorrections {\n      fileName\n      csv\n      rows\n    }\n  }\n"): typeof import('./graphql').CrmCorrectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmEnrichment {\n    crmEnrichment {\n      fileName\n      csv\n      rows\n    }\n  }\n"): typeof import('./graphql').CrmEnrichmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmProfileComparison($profileId: ID!) {\n    crmProfileComparison(profileId: $profileId) {\n      contactId\n      recordId\n      updatedAt\n      company {\n        recordId\n        name\n        domain\n        industry\n        employees\n      }\n      deals {\n        recordId\n        name\n        stage\n        amount\n        closeDate\n        pipeline\n        open\n      }\n      fields {\n        key\n        label\n        kind\n        status\n        older\n        crmValue\n        crmAt\n        cdpValue\n        cdpAt\n        rule\n        golden\n        goldenSide\n      }\n    }\n  }\n"): typeof import('./graphql').CrmProfileComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmImports {\n    crmImports {\n      id\n      preset\n      fileName\n      status\n      totalRows\n      processedRows\n      insertedRows\n      updatedRows\n      unchangedRows\n      errorCount\n      failure\n      createdAt\n      finishedAt\n    }\n  }\n"): typeof import('./graphql').CrmImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmImportJob($id: ID!) {\n    crmImport(id: $id) {\n      id\n      kind\n      preset\n      fileName\n      status\n      totalRows\n      processedRows\n      insertedRows\n      updatedRows\n      unchangedRows\n      errorCount\n      errors {\n        line\n        column\n        reason\n      }\n      failure\n      finishedAt\n    }\n  }\n"): typeof import('./graphql').CrmImportJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmImportPreview($id: ID!, $preset: CrmPreset, $mapping: [CrmColumnMappingInput!]) {\n    crmImportPreview(id: $id, preset: $preset, mapping: $mapping) {\n      columns\n      suggestedMapping {\n        column\n        target\n      }\n      mapping {\n        column\n        target\n      }\n      rows {\n        line\n        cells\n        errors {\n          column\n          reason\n        }\n      }\n      validRows\n      invalidRows\n      errorCount\n      errors {\n        line\n        column\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').CrmImportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCrmImport($id: ID!, $preset: CrmPreset, $mapping: [CrmColumnMappingInput!]!) {\n    startCrmImport(id: $id, preset: $preset, mapping: $mapping) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').StartCrmImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchCrmAgain {\n    matchCrmAgain {\n      total\n      matched\n      unmatched\n      ambiguous\n    }\n  }\n"): typeof import('./graphql').MatchCrmAgainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventFields on Event {\n    id\n    type\n    event\n    timestamp\n    receivedAt\n    messageId\n    profileId\n    sourceId\n    userId\n    anonymousId\n    properties\n    context\n  }\n"): typeof import('./graphql').EventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($first: Int!, $after: String, $event: String, $type: String) {\n    events(first: $first, after: $after, event: $event, type: $type) {\n      edges {\n        cursor\n        node {\n          ...EventFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').EventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventNames {\n    eventNames\n  }\n"): typeof import('./graphql').EventNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview {\n    overview {\n      profileCount\n      identifiedProfileCount\n      eventCount\n      sourceCount\n      segmentCount\n      lastEventAt\n    }\n  }\n"): typeof import('./graphql').OverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsPerDay($days: Int!) {\n    eventsPerDay(days: $days) {\n      day\n      count\n    }\n  }\n"): typeof import('./graphql').EventsPerDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityRules {\n    identityRules {\n      version\n      updatedAt\n      rules {\n        defaultLimit\n        priority\n        limits {\n          type\n          max\n          windowDays\n        }\n        blocked {\n          types\n          match\n          value\n        }\n        traitIdentifiers {\n          trait\n          type\n        }\n        normalization {\n          trim\n          lowercaseEmail\n          lowercaseIds\n          phone\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IdentityRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIdentityRules($rules: IdentityRulesInput!) {\n    updateIdentityRules(rules: $rules) {\n      version\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').UpdateIdentityRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityRulesDryRun($rules: IdentityRulesInput!) {\n    identityRulesDryRun(rules: $rules) {\n      messages\n      newlyResolved\n      newlyUnresolved\n      current {\n        profiles\n        merges\n      }\n      proposed {\n        profiles\n        merges\n      }\n      merges {\n        profiles\n        messages\n        identifiers {\n          type\n          value\n        }\n      }\n      splits {\n        profiles\n        messages\n        identifiers {\n          type\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IdentityRulesDryRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeHistory($first: Int!, $after: String) {\n    mergeHistory(first: $first, after: $after) {\n      edges {\n        node {\n          ...MergeFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MergeHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MergeFields on ProfileMerge {\n    id\n    winnerId\n    loserId\n    rule\n    sourceName\n    messageId\n    mergedAt\n    undoneAt\n    loserEvents\n    linkedBy {\n      type\n      value\n      side\n    }\n  }\n"): typeof import('./graphql').MergeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      mergeId\n      restoredProfileId\n      fromProfileId\n    }\n  }\n"): typeof import('./graphql').UndoMergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Imports {\n    imports {\n      id\n      kind\n      fileName\n      fileSha256\n      status\n      sourceId\n      totalRows\n      processedRows\n      acceptedRows\n      rejectedRows\n      duplicateRows\n      errorCount\n      createdAt\n      finishedAt\n    }\n  }\n"): typeof import('./graphql').ImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      kind\n      fileName\n      status\n      sourceId\n      totalRows\n      processedRows\n      acceptedRows\n      rejectedRows\n      duplicateRows\n      errorCount\n      errors {\n        line\n        column\n        reason\n      }\n      failure\n      finishedAt\n    }\n  }\n"): typeof import('./graphql').ImportJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPreview($id: ID!, $mapping: [ColumnMappingInput!]) {\n    importPreview(id: $id, mapping: $mapping) {\n      columns\n      suggestedMapping {\n        column\n        target\n        type\n      }\n      rows {\n        line\n        cells\n        message\n        errors {\n          column\n          reason\n        }\n      }\n      validRows\n      invalidRows\n      errorCount\n      errors {\n        line\n        column\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').ImportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartImport($id: ID!, $mapping: [ColumnMappingInput!]!, $sourceId: ID) {\n    startImport(id: $id, mapping: $mapping, sourceId: $sourceId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').StartImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportSources {\n    sources {\n      id\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').ImportSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtvModelStatus {\n    ltvModel {\n      id\n      status\n      progress\n      stage\n      trigger\n      startedAt\n      finishedAt\n      error\n      revenueEvent\n      revenueProperty\n      currency\n    }\n  }\n"): typeof import('./graphql').LtvModelStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtvModelInUse {\n    ltvModelInUse {\n      id\n      status\n      trigger\n      startedAt\n      finishedAt\n      revenueEvent\n      revenueProperty\n      currency\n      customers\n      transactions\n      calibrationEnd\n      holdoutStart\n      bgnbd {\n        r\n        alpha\n        a\n        b\n        logLikelihood\n        converged\n      }\n      gammaGamma {\n        p\n        q\n        gamma\n        logLikelihood\n        converged\n      }\n      calibration {\n        week\n        expected\n        actual\n      }\n      holdoutExpected\n      holdoutActual\n      cohorts {\n        cohort\n        customers\n        points {\n          month\n          value\n        }\n      }\n      weeksPerMonth\n      monthlyDiscountRate\n    }\n  }\n"): typeof import('./graphql').LtvModelInUseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtvOverview {\n    ltvOverview {\n      currency\n      customers\n      revenue\n      averageValue\n      medianValue\n      repeatPurchaseRate\n      averagePredictedValue12m\n      atRiskRepeatCustomers\n      histogram {\n        from\n        to\n        customers\n      }\n      pareto {\n        customerShare\n        revenueShare\n      }\n      topCustomers {\n        profileId\n        displayName\n        revenue\n        orders\n        predictedValue12m\n        pAlive\n      }\n    }\n  }\n"): typeof import('./graphql').LtvOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevenueSettings {\n    revenueSettings {\n      event\n      property\n      currency\n    }\n  }\n"): typeof import('./graphql').RevenueSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefitLtv {\n    refitLtv {\n      id\n      status\n      progress\n      stage\n      trigger\n      startedAt\n      finishedAt\n      error\n      revenueEvent\n      revenueProperty\n      currency\n    }\n  }\n"): typeof import('./graphql').RefitLtvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRevenueSettings($event: String!, $property: String!, $currency: String!) {\n    updateRevenueSettings(event: $event, property: $property, currency: $currency) {\n      event\n      property\n      currency\n    }\n  }\n"): typeof import('./graphql').UpdateRevenueSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtvAudienceOptions {\n    segments {\n      id\n      name\n      size\n    }\n  }\n"): typeof import('./graphql').LtvAudienceOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceLtvComparison($audienceIds: [ID!]!) {\n    audienceLtvComparison(audienceIds: $audienceIds) {\n      currency\n      audiences {\n        audienceId\n        name\n        members\n        customers\n        revenue\n        averageValue\n        averagePredictedValue12m\n        averagePAlive\n        repeatPurchaseRate\n      }\n    }\n  }\n"): typeof import('./graphql').AudienceLtvComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileAudiences($id: ID!, $first: Int!) {\n    profile(id: $id) {\n      id\n      audiences {\n        enteredAt\n        segment {\n          id\n          name\n          description\n        }\n      }\n      audienceChanges(first: $first) {\n        kind\n        at\n        segment {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileAudiencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreProfiles(\n    $first: Int!\n    $after: String\n    $search: String\n    $rules: JSONObject\n    $audienceId: ID\n    $sort: ExplorerSortInput\n    $columns: [String!]\n  ) {\n    exploreProfiles(\n      first: $first\n      after: $after\n      search: $search\n      rules: $rules\n      audienceId: $audienceId\n      sort: $sort\n      columns: $columns\n    ) {\n      edges {\n        cursor\n        values\n        node {\n          id\n          displayName\n          email\n          firstSeenAt\n          lastSeenAt\n          identities {\n            type\n            value\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ExploreProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountProfiles($search: String, $rules: JSONObject, $audienceId: ID) {\n    countProfiles(search: $search, rules: $rules, audienceId: $audienceId)\n  }\n"): typeof import('./graphql').CountProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileMerges($id: ID!) {\n    profile(id: $id) {\n      id\n      merges {\n        ...MergeFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileMergesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileEventNames($id: ID!) {\n    profile(id: $id) {\n      id\n      eventNames {\n        event\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileEventNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileActivity($id: ID!, $days: Int!, $event: String) {\n    profile(id: $id) {\n      id\n      activity(days: $days, event: $event) {\n        from\n        to\n        total\n        days {\n          day\n          events\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraitHistory($id: ID!, $key: String!, $first: Int!, $after: String) {\n    profile(id: $id) {\n      id\n      traitHistory(key: $key, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            value\n            at\n            sourceName\n            messageId\n            applied\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TraitHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileLocation($id: ID!) {\n    profileLocation(id: $id) {\n      id\n      currentId\n      mergedInto\n      mergedAt\n    }\n  }\n"): typeof import('./graphql').ProfileLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile($id: ID!) {\n    profile(id: $id) {\n      id\n      displayName\n      email\n      createdAt\n      firstSeenAt\n      lastSeenAt\n      traits\n      traitSources {\n        key\n        at\n        sourceName\n        messageId\n      }\n      identities {\n        type\n        value\n        firstSeenAt\n        lastSeenAt\n      }\n      lifetimeValue {\n        orders\n        revenue\n        pAlive\n        expectedPurchases12m\n        predictedValue12m\n        currency\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileEvents($id: ID!, $first: Int!, $after: String, $event: String) {\n    profile(id: $id) {\n      id\n      events(first: $first, after: $after, event: $event) {\n        edges {\n          cursor\n          node {\n            ...EventFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceMessages($sourceId: ID!, $first: Int!) {\n    sourceMessages(sourceId: $sourceId, first: $first) {\n      id\n      status\n      type\n      event\n      userId\n      anonymousId\n      messageId\n      receivedAt\n      timestamp\n      reason\n      index\n      payload\n    }\n  }\n"): typeof import('./graphql').SourceMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sources {\n    sources {\n      id\n      name\n      kind\n      createdAt\n      stats {\n        receivedCount\n        rejectedCount\n        lastSeenAt\n      }\n    }\n  }\n"): typeof import('./graphql').SourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceKeys {\n    sources {\n      id\n      writeKey\n    }\n  }\n"): typeof import('./graphql').SourceKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSource($name: String!, $kind: SourceKind!) {\n    createSource(name: $name, kind: $kind) {\n      id\n      name\n      writeKey\n    }\n  }\n"): typeof import('./graphql').CreateSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWriteKey($id: ID!) {\n    rotateWriteKey(id: $id) {\n      id\n      writeKey\n    }\n  }\n"): typeof import('./graphql').RotateWriteKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      createdAt\n      lastLoginAt\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($email: String!, $name: String, $role: Role!, $password: String!) {\n    createUser(email: $email, name: $name, role: $role, password: $password) {\n      id\n      email\n      name\n      role\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
